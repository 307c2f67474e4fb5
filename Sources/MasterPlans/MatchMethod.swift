/// How an obligation was tied to a task.
public enum MatchMethod: String, Sendable, Codable, Hashable {
    /// A declared `recognise` phrase occurs in the task's title or product.
    case phrase
    /// No phrase occurs; the task's wording is close enough (score ≥ the matcher's threshold).
    case similarity
    /// The plan itself is the product (the agency's own CCHC plan), judged by its date.
    case thisPlan
}
