import ArgumentParser

/// Output formats of listing commands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Output formats of single-object commands.
enum ObjectFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
