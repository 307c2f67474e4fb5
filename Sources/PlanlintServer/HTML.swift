import Foundation

/// Escaping for text and attribute values: every plan string goes through it.
enum HTML {
    static func esc(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Percent-encoding for a query value.
    static func q(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func date(_ ms: Int64) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "vi_VN")
        f.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        f.dateFormat = "dd/MM/yyyy HH:mm"
        return f.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    /// Office screens (1366×768) and phones: one column that widens, tables scroll sideways inside their box.
    static let stylesheet = """
    *{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2330;background:#f4f6f9}
    header.top{background:#123a6b;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
    header.top a{color:#fff;text-decoration:none;font-weight:600}header.top a.on{text-decoration:underline}
    header.top .brand{font-size:1.05rem;margin-right:auto}header.top form{margin:0}
    header.top button{background:transparent;border:1px solid #9fb6d6;color:#fff;border-radius:4px;padding:.2rem .6rem;cursor:pointer}
    main{max-width:1300px;margin:0 auto;padding:1rem}h1{font-size:1.35rem;margin:.2rem 0 .8rem}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
    .card{background:#fff;border:1px solid #d8dee8;border-radius:6px;padding:1rem;margin-bottom:1rem}
    label{display:block;font-weight:600;margin:.6rem 0 .2rem}input,select{font:inherit;padding:.4rem;border:1px solid #aab4c3;border-radius:4px;max-width:100%}
    input[type=text],input[type=password],select{width:100%}
    .row{display:flex;flex-wrap:wrap;gap:0 1rem}.row>div{flex:1 1 220px}
    button.primary,a.button{display:inline-block;background:#1f5fae;color:#fff;border:0;border-radius:4px;padding:.5rem 1rem;font:inherit;font-weight:600;cursor:pointer;text-decoration:none;margin-top:.8rem}
    button.submit{background:#17803d}.muted{color:#5b6576}.err{background:#fdecec;border-color:#e7a3a3}.ok{background:#eaf7ee;border-color:#9fd3ae}
    .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d8dee8;padding:.35rem .5rem;text-align:left;vertical-align:top}
    th{background:#e9eef5;white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
    .badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;font-weight:700;color:#fff}
    .b-error{background:#c62828}.b-warning{background:#b26a00}.b-info{background:#1565c0}
    .s-covered{color:#17803d;font-weight:600}.s-late{color:#b26a00;font-weight:600}.s-partial{color:#8a5a00;font-weight:600}.s-missing{color:#c62828;font-weight:600}
    .finding{border-top:1px solid #e3e7ee;padding:.5rem 0}.finding:first-child{border-top:0}
    pre.excerpt{background:#f7f8fa;border:1px solid #e3e7ee;padding:.4rem;white-space:pre-wrap;word-break:break-word;margin:.3rem 0;font:13px/1.4 ui-monospace,Consolas,monospace}
    mark{background:#ffe08a}.figures{display:flex;flex-wrap:wrap;gap:.5rem}.figures div{background:#fff;border:1px solid #d8dee8;border-radius:6px;padding:.4rem .8rem;min-width:7rem}
    .figures b{display:block;font-size:1.3rem}form.inline{display:inline}
    @media (max-width:640px){main{padding:.5rem}th,td{padding:.25rem .35rem;font-size:.9rem}h1{font-size:1.15rem}}
    """
}
