import Foundation

extension WorkflowDefinition {
    /// A Mermaid `stateDiagram-v2` of the workflow, with clock effects and letters on the transitions.
    public func mermaid(language: Language = .en) -> String {
        func node(_ id: StateID) -> String { id.rawValue.replacingOccurrences(of: "-", with: "_") }
        var lines = ["stateDiagram-v2", "    [*] --> \(node(initial))"]
        for state in states {
            lines.append("    \(node(state.id)) : \(state.id.rawValue)")
        }
        for event in events {
            var label = event.id.rawValue
            switch event.clock {
            case .none: break
            case .pause: label += " ⏸"
            case .resume: label += " ▶"
            case .extend: label += " +2 months"
            case .stop: label += " ■"
            }
            if let letter = event.letter ?? state(event.to)?.letter { label += " ✉ \(letter.rawValue)" }
            for source in event.from {
                lines.append("    \(node(source)) --> \(node(event.to)) : \(label)")
            }
        }
        for state in states where state.isFinal {
            lines.append("    \(node(state.id)) --> [*]")
        }
        // The block form, because Mermaid ends a one-line note (`note right of X : text`) at a ';' or ':', which
        // descriptions contain ("…; the clock is paused.").
        for state in states where state.clock == .paused {
            lines.append("    note right of \(node(state.id))")
            lines.append("        \(state.description[language])")
            lines.append("    end note")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
