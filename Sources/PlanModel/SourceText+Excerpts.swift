extension SourceText {
    /// The lines reports quote, keyed by line number: the text as it stands in the file.
    ///
    /// This is the one owner of the column convention: a span's columns count the
    /// characters of `SourceLine.text`, so the quoted line is exactly that text. Text a
    /// reader synthesised (Word's automatic "d) ") is not in the file and is not quoted,
    /// so markers and SARIF snippets line up with the columns.
    public func excerpts(for spans: [SourceSpan]) -> [Int: String] {
        var wanted = Set<Int>()
        for span in spans {
            wanted.insert(span.start.line)
            wanted.insert(span.end.line)
        }
        var out: [Int: String] = [:]
        for line in lines where wanted.contains(line.number) { out[line.number] = line.text }
        return out
    }
}
