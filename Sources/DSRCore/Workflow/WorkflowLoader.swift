import Yams

/// Reads workflow definitions from YAML text.
public enum WorkflowLoader {
    /// Parses and validates one definition.
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - file: The file's name, for messages.
    /// - Returns: The definition.
    /// - Throws: ``WorkflowError`` for each problem, the first one found.
    public static func load(yaml: String, file: String) throws(WorkflowError) -> WorkflowDefinition {
        let definition = try parse(yaml: yaml, file: file)
        if let first = WorkflowValidator.problems(in: definition).first { throw first }
        return definition
    }

    /// The implicit types a definition uses: Booleans (`final: true`) and integers (`version: 1`). Leaving out the
    /// other YAML rules (floats, nulls, timestamps, merges) spares a regular-expression match per scalar, a third
    /// of the time dsr takes to start a command that loads the workflows; everything else reads as text, as before.
    static let resolver = Resolver.default.removing(.float).removing(.merge).removing(.null).removing(.timestamp)
        .removing(.value)

    /// The resolver a text is read with: for a text without a tag (no `!`, as every built-in definition), none of
    /// YAML's rules at all, so that no regular expression is compiled or matched (Yams's rules are Foundation
    /// regular expressions: compiling the Boolean one loaded ICU and took a tenth of `dsr register`'s CPU). Every
    /// plain scalar then reads as text; `final:` is read by ``NodeReader/flag(_:)`` as the Boolean rule would read
    /// it, `version:` by Yams's integer reading, which does not look at the tag. A text with a tag is read with
    /// ``resolver``, so that `final: !!str true` stays a text.
    static func resolver(for yaml: String) -> (resolver: Resolver, plainBooleans: Bool) {
        yaml.utf8.contains(UInt8(ascii: "!")) ? (resolver, false) : (.basic, true)
    }

    /// Parses a definition without checking the statutory invariants.
    public static func parse(yaml: String, file: String) throws(WorkflowError) -> WorkflowDefinition {
        let root: Node
        let (resolver, plainBooleans) = Self.resolver(for: yaml)
        do {
            guard let node = try Yams.compose(yaml: yaml, resolver) else {
                throw WorkflowError(file: file, line: nil, rule: "yaml", message: "the file is empty")
            }
            root = node
        } catch let error as WorkflowError {
            throw error
        } catch {
            throw WorkflowError(
                file: file, line: Self.line(of: error), rule: "yaml",
                message: "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        let reader = NodeReader(file: file, plainBooleans: plainBooleans)
        guard let top = root.mapping else {
            throw reader.error(root, "the definition must be a mapping with kind, version, initial, states and events")
        }
        let kindName = try reader.string(top, "kind", in: root)
        guard let kind = RequestKind(rawValue: kindName) else {
            throw reader.error(
                top["kind"] ?? root,
                "unknown kind '\(kindName)'; use one of \(RequestKind.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let versionNode = try reader.required(top, "version", in: root)
        guard let version = versionNode.int, version > 0 else {
            throw reader.error(versionNode, "version must be a positive whole number")
        }
        let initial = StateID(try reader.string(top, "initial", in: root))
        let statesNode = try reader.required(top, "states", in: root)
        guard let stateNodes = statesNode.sequence else { throw reader.error(statesNode, "states must be a list") }
        var states: [WorkflowDefinition.State] = []
        for node in stateNodes {
            states.append(try reader.state(node))
        }
        let eventsNode = try reader.required(top, "events", in: root)
        guard let eventNodes = eventsNode.sequence else { throw reader.error(eventsNode, "events must be a list") }
        var events: [WorkflowDefinition.Event] = []
        for node in eventNodes {
            events.append(try reader.event(node))
        }
        return WorkflowDefinition(
            kind: kind, version: version, initial: initial, states: states, events: events,
            source: file)
    }

    /// Extracts a line number from a Yams error's description, if it has one.
    private static func line(of error: any Error) -> Int? {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
            case .duplicatedKeysInMapping(_, let context): return context.mark.line
            default: return nil
            }
        }
        return nil
    }
}

/// Walks YAML nodes and turns them into definition parts, with messages that carry the file and line.
private struct NodeReader {
    let file: String
    /// Whether plain scalars were read without YAML's rules (``WorkflowLoader/resolver(for:)``), so that
    /// ``flag(_:)`` reads a Boolean from the text.
    let plainBooleans: Bool

    /// A Boolean as YAML 1.1's rule reads it: a plain (unquoted) `true`, `True`, `TRUE`, `yes`, `on` and so on, or
    /// a scalar the resolver tagged `!!bool`; `nil` for anything else, a quoted `"true"` included.
    func flag(_ node: Node) -> Bool? {
        guard let scalar = node.scalar else { return nil }
        if let value = Bool.construct(from: scalar) { return value }
        guard plainBooleans, scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string {
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return true
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    func error(_ node: Node, _ message: String, rule: String = "syntax") -> WorkflowError {
        WorkflowError(file: file, line: node.mark?.line, rule: rule, message: message)
    }

    func required(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(WorkflowError) -> Node {
        guard let node = mapping[key] else { throw error(parent, "missing '\(key)'") }
        return node
    }

    func string(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(WorkflowError) -> String {
        let node = try required(mapping, key, in: parent)
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw error(node, "'\(key)' must be a non-empty text")
        }
        return text
    }

    func optionalString(_ mapping: Node.Mapping, _ key: String) throws(WorkflowError) -> String? {
        guard let node = mapping[key] else { return nil }
        guard let text = node.scalar?.string else { throw error(node, "'\(key)' must be a text") }
        return text
    }

    func stringList(_ mapping: Node.Mapping, _ key: String) throws(WorkflowError) -> [String] {
        guard let node = mapping[key] else { return [] }
        if let scalar = node.scalar { return [scalar.string] }
        guard let items = node.sequence else { throw error(node, "'\(key)' must be a list") }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar?.string else { throw error(item, "'\(key)' must list texts") }
            result.append(text)
        }
        return result
    }

    func localized(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(WorkflowError) -> LocalizedText {
        let node = try required(mapping, key, in: parent)
        guard let texts = node.mapping else { throw error(node, "'\(key)' must give fi, sv and en texts") }
        var values: [Language: String] = [:]
        for language in Language.allCases {
            guard let text = texts[language.rawValue]?.scalar?.string, !text.isEmpty else {
                throw error(node, "'\(key)' lacks its '\(language.rawValue)' text")
            }
            values[language] = text
        }
        return LocalizedText(fi: values[.fi] ?? "", sv: values[.sv] ?? "", en: values[.en] ?? "")
    }

    func letter(_ mapping: Node.Mapping) throws(WorkflowError) -> LetterType? {
        guard let name = try optionalString(mapping, "letter") else { return nil }
        guard let letter = LetterType(rawValue: name) else {
            throw error(
                mapping["letter"] ?? Node(""),
                "unknown letter '\(name)'; use one of \(LetterType.allCases.map(\.rawValue).joined(separator: ", "))",
                rule: "known-letter")
        }
        return letter
    }

    func state(_ node: Node) throws(WorkflowError) -> WorkflowDefinition.State {
        guard let mapping = node.mapping else { throw error(node, "each state must be a mapping with an id") }
        let id = try string(mapping, "id", in: node)
        let clockName = try optionalString(mapping, "clock") ?? "running"
        guard let clock = ClockState(rawValue: clockName) else {
            throw error(mapping["clock"] ?? node, "unknown clock '\(clockName)'; use running, paused or stopped")
        }
        var isFinal = false
        if let finalNode = mapping["final"] {
            guard let flag = flag(finalNode) else { throw error(finalNode, "'final' must be true or false") }
            isFinal = flag
        }
        var outcome: Outcome?
        if let name = try optionalString(mapping, "outcome") {
            guard let value = Outcome(rawValue: name) else {
                throw error(
                    mapping["outcome"] ?? node, "unknown outcome '\(name)'; use completed, refused or withdrawn")
            }
            outcome = value
        }
        let nextAction: LocalizedText? =
            mapping["next-action"] == nil ? nil : try localized(mapping, "next-action", in: node)
        return WorkflowDefinition.State(
            id: StateID(id), clock: clock, isFinal: isFinal, outcome: outcome, letter: try letter(mapping),
            description: try localized(mapping, "description", in: node), nextAction: nextAction,
            line: node.mark?.line, reopen: try reopenRule(mapping))
    }

    /// A final state's `reopen:` rule: `to:` the state a reopened request returns to, `clock:` `resume` or
    /// `exclude-closed-days` (``ReopenRule``).
    func reopenRule(_ mapping: Node.Mapping) throws(WorkflowError) -> ReopenRule? {
        guard let node = mapping["reopen"] else { return nil }
        guard let rule = node.mapping else {
            throw error(node, "'reopen' must be a mapping with 'to' and 'clock'", rule: "reopen-rule")
        }
        let to = try string(rule, "to", in: node)
        let clockName = try optionalString(rule, "clock") ?? ReopenRule.Clock.resume.rawValue
        guard let clock = ReopenRule.Clock(rawValue: clockName) else {
            throw error(
                rule["clock"] ?? node,
                "unknown reopen clock '\(clockName)'; use "
                    + ReopenRule.Clock.allCases.map(\.rawValue).joined(separator: " or "), rule: "reopen-rule")
        }
        return ReopenRule(to: StateID(to), clock: clock)
    }

    func event(_ node: Node) throws(WorkflowError) -> WorkflowDefinition.Event {
        guard let mapping = node.mapping else { throw error(node, "each event must be a mapping with an id") }
        let id = try string(mapping, "id", in: node)
        let from = try stringList(mapping, "from")
        guard !from.isEmpty else { throw error(node, "event '\(id)' must list the states it may happen in ('from')") }
        let to = try string(mapping, "to", in: node)
        let clockName = try optionalString(mapping, "clock") ?? "none"
        guard let clock = ClockEffect(rawValue: clockName) else {
            throw error(
                mapping["clock"] ?? node, "unknown clock effect '\(clockName)'; use none, pause, resume, extend or stop"
            )
        }
        var requires: [EventRequirement] = []
        for name in try stringList(mapping, "requires") {
            guard let requirement = EventRequirement(rawValue: name) else {
                throw error(
                    mapping["requires"] ?? node,
                    "unknown requirement '\(name)'; use \(EventRequirement.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            requires.append(requirement)
        }
        var grounds: [WorkflowDefinition.GroundOption] = []
        if let groundsNode = mapping["grounds"] {
            guard let items = groundsNode.sequence else { throw error(groundsNode, "'grounds' must be a list") }
            for item in items {
                if let code = item.scalar?.string {
                    grounds.append(.init(code: GroundCode(rawValue: code), unlessDirectMarketing: false))
                } else if let entry = item.mapping, let code = entry["code"]?.scalar?.string {
                    let unless = entry["unless"]?.scalar?.string
                    guard unless == nil || unless == "direct-marketing" else {
                        throw error(item, "'unless' can only be 'direct-marketing'")
                    }
                    grounds.append(.init(code: GroundCode(rawValue: code), unlessDirectMarketing: unless != nil))
                } else {
                    throw error(item, "a ground is a code or a mapping with 'code' and 'unless'")
                }
            }
        }
        return WorkflowDefinition.Event(
            id: EventID(id), from: from.map { StateID($0) }, to: StateID(to), clock: clock, requires: requires,
            grounds: grounds, letter: try letter(mapping), description: try localized(mapping, "description", in: node),
            line: node.mark?.line)
    }
}
