import ArgumentParser

/// Language of user-facing text: Vietnamese by default.
enum Language: String, ExpressibleByArgument, CaseIterable {
    case vi, en
}
