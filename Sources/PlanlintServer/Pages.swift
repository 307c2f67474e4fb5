import Foundation
import MasterPlans
import PlanModel

/// The server-rendered pages, in Vietnamese; no script anywhere, every dynamic string escaped.
enum Pages {
    typealias E = HTML

    enum Tab { case check, summary, obligations, none }

    static func layout(_ title: String, account: Account?, csrf: String?, tab: Tab, _ body: String) -> String {
        var nav = ""
        if let account {
            func link(_ href: String, _ text: String, _ t: Tab) -> String {
                "<a href=\"\(href)\"\(t == tab ? " class=\"on\" aria-current=\"page\"" : "")>\(text)</a>"
            }
            nav += link("/kiem-tra", "Kiểm tra dự thảo", .check)
            if account.role == .reviewer {
                nav += link("/tong-hop", "Tổng hợp", .summary) + link("/nhiem-vu", "Theo nhiệm vụ", .obligations)
            } else if let unit = account.unitID, let province = account.province {
                nav += link("/don-vi/\(E.q(province))/\(E.q(unit))", "Kế hoạch đã nộp", .summary)
            }
            nav += "<span>\(E.esc(account.username)) · \(account.role == .reviewer ? "chuyên viên thẩm định" : "cán bộ đơn vị")</span>"
            nav += "<form method=\"post\" action=\"/dang-xuat\"><input type=\"hidden\" name=\"csrf\" value=\"\(E.esc(csrf ?? ""))\"><button type=\"submit\">Đăng xuất</button></form>"
        }
        return """
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(E.esc(title)) — planlint</title><style>\(E.stylesheet)</style></head>
        <body><header class="top"><span class="brand">planlint · Kế hoạch CCHC</span>\(nav)</header>
        <main>\(body)</main></body></html>
        """
    }

    static func login(error: String?, token: String) -> String {
        layout("Đăng nhập", account: nil, csrf: nil, tab: .none, """
        <div class="card" style="max-width:420px;margin:2rem auto">
        <h1>Đăng nhập</h1>
        \(error.map { "<p class=\"card err\" role=\"alert\">\(E.esc($0))</p>" } ?? "")
        <form method="post" action="/dang-nhap">
        <input type="hidden" name="csrf" value="\(E.esc(token))">
        <label for="username">Tên đăng nhập</label><input type="text" id="username" name="username" autocomplete="username" required>
        <label for="password">Mật khẩu</label><input type="password" id="password" name="password" autocomplete="current-password" required>
        <button class="primary" type="submit">Đăng nhập</button>
        </form></div>
        """)
    }

    static func message(_ title: String, _ text: String, account: Account?, csrf: String?, isError: Bool = true, back: String? = nil) -> String {
        layout(title, account: account, csrf: csrf, tab: .none, """
        <h1>\(E.esc(title))</h1><div class="card \(isError ? "err" : "ok")" role="alert"><p>\(E.esc(text))</p></div>
        \(back.map { "<p><a href=\"\(E.esc($0))\">← Quay lại</a></p>" } ?? "")
        """)
    }

    /// The pack choice and, for a reviewer, the unit choice; an officer's unit is fixed.
    static func checkForm(catalog: MasterCatalog, account: Account, csrf: String, error: String?) -> String {
        let packs = catalog.packs.filter { account.role == .reviewer || $0.province == account.province }
        var packOptions = ""
        for p in packs { packOptions += "<option value=\"\(E.esc(p.id))\">\(E.esc(p.label))</option>" }
        var unitField = ""
        if account.role == .reviewer {
            var groups = ""
            var seen: Set<String> = []
            for p in catalog.packs where seen.insert(p.province).inserted {
                groups += "<optgroup label=\"\(E.esc(p.context.registry.provinceName ?? p.province))\">"
                for u in p.context.registry.units where !u.generic {
                    groups += "<option value=\"\(E.esc(u.id))\">\(E.esc(u.name))</option>"
                }
                groups += "</optgroup>"
            }
            unitField = "<label for=\"unit\">Đơn vị ban hành kế hoạch</label><select id=\"unit\" name=\"unit\">\(groups)</select>"
        } else {
            let name = packs.first?.unit(account.unitID ?? "")?.name ?? account.unitID ?? ""
            unitField = "<label>Đơn vị</label><p>\(E.esc(name))</p><input type=\"hidden\" name=\"unit\" value=\"\(E.esc(account.unitID ?? ""))\">"
        }
        return layout("Kiểm tra dự thảo", account: account, csrf: csrf, tab: .check, """
        <h1>Kiểm tra dự thảo kế hoạch</h1>
        \(error.map { "<div class=\"card err\" role=\"alert\"><p>\(E.esc($0))</p></div>" } ?? "")
        <form class="card" method="post" action="/kiem-tra" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="\(E.esc(csrf))">
        <label for="file">Tệp kế hoạch (.docx, .pdf, .txt, .md — tối đa \(UploadFormat.maxBytes / 1024 / 1024) MB)</label>
        <input type="file" id="file" name="file" accept=".docx,.pdf,.txt,.md" required>
        <div class="row"><div><label for="pack">Kế hoạch CCHC của tỉnh (tỉnh, năm)</label><select id="pack" name="pack">\(packOptions)</select></div>
        <div>\(unitField)</div></div>
        <button class="primary" type="submit" name="action" value="check">Kiểm tra</button>
        <p class="muted">Kiểm tra không lưu gì. Kế hoạch chỉ được lưu khi bấm “Nộp kế hoạch” ở trang kết quả.</p>
        </form>
        """)
    }

    static func severityWord(_ s: String) -> String {
        switch s { case "error": return "lỗi"; case "warning": return "cảnh báo"; default: return "thông tin" }
    }

    static func figures(_ f: SubmissionFigures) -> String {
        let items: [(String, Int)] = [("Lỗi", f.errors), ("Cảnh báo", f.warnings), ("Thông tin", f.infos), ("Nhiệm vụ đã có", f.covered),
                                      ("Trễ hạn", f.late), ("Thiếu thành phần", f.partial), ("Chưa có", f.missing)]
        var out = "<div class=\"figures\">"
        for (label, n) in items { out += "<div><b>\(n)</b>\(label)</div>" }
        if f.earlyPlansOwed > 0 { out += "<div><b>\(f.earlyPlansIssued)/\(f.earlyPlansOwed)</b>KH bắt buộc đã có</div>" }
        return out + "</div>"
    }

    /// The excerpt with the finding's span marked; columns count characters of the quoted line.
    static func excerpt(_ line: String, from: Int?, to: Int?) -> String {
        let chars = Array(line)
        guard let from, from >= 1, from - 1 <= chars.count else { return E.esc(line) }
        let a = from - 1
        let b = min(max((to ?? from + 1) - 1, a + 1), chars.count)
        guard a < b else { return E.esc(line) }
        return E.esc(String(chars[..<a])) + "<mark>" + E.esc(String(chars[a..<b])) + "</mark>" + E.esc(String(chars[b...]))
    }

    /// Findings grouped by task or section path, as the HTML report groups them.
    static func findings(_ report: LintReport) -> String {
        var out = ""
        for file in report.files {
            let groups = Dictionary(grouping: file.findings, by: { $0.path ?? "" })
            let order = groups.keys.sorted { a, b in
                let la = groups[a]!.compactMap { $0.span?.start.line }.min() ?? 0
                let lb = groups[b]!.compactMap { $0.span?.start.line }.min() ?? 0
                return a.isEmpty != b.isEmpty ? a.isEmpty : (la, a) < (lb, b)
            }
            if file.findings.isEmpty { out += "<div class=\"card ok\"><p>Không phát hiện vấn đề nào.</p></div>" }
            for key in order {
                out += "<section class=\"card\"><h2>\(key.isEmpty ? "Toàn văn bản" : "Nhiệm vụ / mục " + E.esc(key))</h2>"
                for f in groups[key]! {
                    out += "<div class=\"finding\"><span class=\"badge b-\(f.severity.rawValue)\">\(severityWord(f.severity.rawValue))</span> "
                    out += "\(E.esc(f.message)) <span class=\"muted\">[\(E.esc(f.ruleId))]"
                    if let s = f.span { out += " dòng \(s.start.line), cột \(s.start.column)" }
                    out += "</span>"
                    if let s = f.span, let line = file.excerpts[s.start.line] {
                        out += "<pre class=\"excerpt\">\(excerpt(line, from: s.start.column, to: s.end.line == s.start.line ? s.end.column : nil))</pre>"
                    }
                    if let hint = f.suggestion { out += "<div class=\"muted\">Gợi ý: \(E.esc(hint))</div>" }
                    out += "</div>"
                }
                out += "</section>"
            }
        }
        return out
    }

    static func coverage(_ rows: [CoverageRow], missingAreas: [String]) -> String {
        guard !rows.isEmpty || !missingAreas.isEmpty else {
            return "<p class=\"muted\">Kế hoạch tỉnh không giao nhiệm vụ cho đơn vị này.</p>"
        }
        var out = ""
        if !missingAreas.isEmpty { out += "<p>Thiếu lĩnh vực: \(E.esc(missingAreas.joined(separator: "; ")))</p>" }
        out += "<div class=\"scroll\"><table><thead><tr><th>Nhiệm vụ tỉnh giao</th><th>Vai trò</th><th>Thời hạn tỉnh</th><th>Nhiệm vụ trong KH</th><th>Thời hạn KH</th><th>Tình trạng</th></tr></thead><tbody>"
        for r in rows {
            out += "<tr><td>\(E.esc(r.obligationID)) \(E.esc(r.title))\(r.mandatedEarlyPlan ? " <span class=\"muted\">(KH bắt buộc)</span>" : "")</td>"
            out += "<td>\(r.role == .lead ? "chủ trì" : "phối hợp")</td><td>\(E.esc(r.masterDeadline ?? "—"))</td>"
            out += "<td>\(E.esc(r.taskPath ?? "—"))</td><td>\(E.esc(r.planDeadline ?? "—"))</td>"
            out += "<td class=\"s-\(r.status.rawValue)\">\(r.status.vietnamese)</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    static func checkResult(_ o: PlanChecker.Outcome, displayName: String, pack: PackEntry, unit: UnitEntry,
                            draftID: String, account: Account, csrf: String) -> String {
        let mayKeep = account.role == .officer
        let submit = mayKeep ? """
            <form class="card" method="post" action="/nop"><input type="hidden" name="csrf" value="\(E.esc(csrf))">
            <input type="hidden" name="draft" value="\(E.esc(draftID))">
            <p>Kế hoạch chưa được lưu. Khi đã sửa xong, bấm “Nộp kế hoạch” để gửi Sở Nội vụ.</p>
            <button class="primary submit" type="submit">Nộp kế hoạch</button></form>
            """ : "<p class=\"muted\">Chỉ cán bộ của đơn vị mới nộp được kế hoạch; kết quả này không được lưu.</p>"
        return layout("Kết quả kiểm tra", account: account, csrf: csrf, tab: .check, """
        <h1>Kết quả kiểm tra: \(E.esc(displayName))</h1>
        <p class="muted">\(E.esc(unit.name)) · \(E.esc(pack.label)) · <a href="/kiem-tra">Kiểm tra tệp khác</a></p>
        \(figures(o.figures))
        \(submit)
        <h2>Đối chiếu nhiệm vụ tỉnh giao</h2>\(coverage(o.coverage, missingAreas: o.missingAreas))
        <h2>Các vấn đề phát hiện</h2>\(findings(o.report))
        """)
    }

    static func summary(_ table: CoverageTable, lines: [CoverageTable.Line], catalog: MasterCatalog, sort: CoverageTable.Sort,
                        filter: CoverageTable.Filter, query: String, account: Account, csrf: String) -> String {
        var packOptions = ""
        for p in catalog.packs {
            packOptions += "<option value=\"\(E.esc(p.id))\"\(p.id == table.pack.id ? " selected" : "")>\(E.esc(p.label))</option>"
        }
        let sorts: [(CoverageTable.Sort, String)] = [(.name, "theo danh mục đơn vị"), (.submitted, "theo thời điểm nộp"), (.errors, "nhiều lỗi trước"), (.missing, "nhiều nhiệm vụ chưa có trước")]
        let filters: [(CoverageTable.Filter, String)] = [(.all, "tất cả"), (.submitted, "đã nộp"), (.pending, "chưa nộp"), (.errors, "có lỗi")]
        let submitted = table.lines.filter { $0.latest != nil }.count
        var rows = ""
        for l in lines {
            let unitLink = "/don-vi/\(E.q(table.pack.province))/\(E.q(l.unitID))?pack=\(E.q(table.pack.id))"
            rows += "<tr data-unit=\"\(E.esc(l.unitID))\"><td><a href=\"\(unitLink)\">\(E.esc(l.unitName))</a></td><td class=\"n\">\(l.owedLead)</td><td class=\"n\">\(l.owedCoordinating)</td>"
            if let s = l.latest {
                let f = s.figures
                rows += "<td>có · \(E.date(s.submittedAt))\(l.versions > 1 ? " (lần \(l.versions))" : "")</td>"
                rows += [f.errors, f.warnings, f.covered, f.late, f.partial, f.missing].map { "<td class=\"n\">\($0)</td>" }.joined()
                rows += "<td class=\"n\">\(f.earlyPlansOwed == 0 ? "—" : "\(f.earlyPlansIssued)/\(f.earlyPlansOwed)")</td>"
                rows += "<td><a href=\"/ho-so/\(s.id)\">Báo cáo</a></td>"
            } else {
                rows += "<td class=\"s-missing\">chưa nộp</td>" + String(repeating: "<td class=\"n\">—</td>", count: 7) + "<td></td>"
            }
            rows += "</tr>"
        }
        let packQ = E.q(table.pack.id)
        return layout("Tổng hợp", account: account, csrf: csrf, tab: .summary, """
        <h1>Tổng hợp kế hoạch CCHC các đơn vị — \(E.esc(table.pack.label))</h1>
        <p>\(E.esc(table.pack.context.pack.master.title))</p>
        <p><b>\(submitted)</b> / \(table.lines.count) đơn vị được giao nhiệm vụ đã nộp kế hoạch.
        Tải bảng: <a href="/tong-hop.xlsx?pack=\(packQ)">Excel (.xlsx)</a> · <a href="/tong-hop.csv?pack=\(packQ)">CSV</a></p>
        <form class="card" method="get" action="/tong-hop"><div class="row">
        <div><label for="pack">Kế hoạch tỉnh</label><select id="pack" name="pack">\(packOptions)</select></div>
        <div><label for="sort">Sắp xếp</label><select id="sort" name="sort">\(sorts.map { "<option value=\"\($0.0.rawValue)\"\($0.0 == sort ? " selected" : "")>\($0.1)</option>" }.joined())</select></div>
        <div><label for="filter">Lọc</label><select id="filter" name="filter">\(filters.map { "<option value=\"\($0.0.rawValue)\"\($0.0 == filter ? " selected" : "")>\($0.1)</option>" }.joined())</select></div>
        <div><label for="q">Tên đơn vị</label><input type="text" id="q" name="q" value="\(E.esc(query))"></div>
        </div><button class="primary" type="submit">Xem</button></form>
        <div class="scroll"><table id="coverage"><thead><tr><th>Đơn vị</th><th>Chủ trì</th><th>Phối hợp</th><th>Đã nộp</th><th>Lỗi</th><th>Cảnh báo</th>
        <th>Đã có</th><th>Muộn</th><th>Thiếu thành phần</th><th>Chưa có</th><th>KH bắt buộc</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
        """)
    }

    struct Version {
        var summary: SubmissionSummary
        var added: [StoredFinding]
        var removed: [StoredFinding]
    }

    static func unit(pack: PackEntry?, province: String, unitName: String, versions: [Version], account: Account, csrf: String) -> String {
        var body = "<h1>\(E.esc(unitName))</h1>"
        if let pack { body += "<p class=\"muted\">\(E.esc(pack.label))</p>" }
        if versions.isEmpty { body += "<div class=\"card\"><p>Đơn vị chưa nộp kế hoạch.</p></div>" }
        if let latest = versions.last {
            body += "<div class=\"card\"><h2>Kế hoạch nộp gần nhất</h2><p>\(E.esc(latest.summary.displayName)) · \(E.date(latest.summary.submittedAt)) · "
                + "<a href=\"/ho-so/\(latest.summary.id)\">Xem báo cáo đầy đủ</a></p>\(figures(latest.summary.figures))</div>"
        }
        body += "<h2>Lịch sử nộp</h2>"
        for (n, v) in versions.enumerated().reversed() {
            body += "<section class=\"card\"><h3>Lần \(n + 1) · \(E.date(v.summary.submittedAt)) · \(E.esc(v.summary.displayName))</h3>"
            body += "<p>Lỗi \(v.summary.figures.errors), cảnh báo \(v.summary.figures.warnings), chưa có \(v.summary.figures.missing) · <a href=\"/ho-so/\(v.summary.id)\">Báo cáo</a></p>"
            if n > 0 {
                body += "<p>So với lần \(n): thêm \(v.added.count), hết \(v.removed.count) vấn đề.</p>"
                func list(_ items: [StoredFinding], _ sign: String) -> String {
                    items.map { "<li>\(sign) <span class=\"badge b-\(E.esc($0.severity))\">\(severityWord($0.severity))</span> \(E.esc($0.message))\($0.path.map { " <span class=\"muted\">(\(E.esc($0)))</span>" } ?? "")</li>" }.joined()
                }
                if !v.added.isEmpty || !v.removed.isEmpty { body += "<ul>\(list(v.added, "+"))\(list(v.removed, "−"))</ul>" }
            }
            body += "</section>"
        }
        return layout(unitName, account: account, csrf: csrf, tab: .summary, body)
    }

    struct ObligationLine {
        var unit: UnitEntry
        var role: ObligationRole
        var latest: SubmissionSummary?
        var row: CoverageRow?
    }

    static func obligations(pack: PackEntry, catalog: MasterCatalog, selected: Obligation?, lines: [ObligationLine], account: Account, csrf: String) -> String {
        var packOptions = ""
        for p in catalog.packs { packOptions += "<option value=\"\(E.esc(p.id))\"\(p.id == pack.id ? " selected" : "")>\(E.esc(p.label))</option>" }
        var obOptions = ""
        for o in pack.context.pack.obligations {
            obOptions += "<option value=\"\(E.esc(o.id))\"\(o.id == selected?.id ? " selected" : "")>\(E.esc(o.id)) — \(E.esc(String(o.title.prefix(90))))</option>"
        }
        var body = """
        <h1>Theo nhiệm vụ — \(E.esc(pack.label))</h1>
        <form class="card" method="get" action="/nhiem-vu"><div class="row">
        <div><label for="pack">Kế hoạch tỉnh</label><select id="pack" name="pack">\(packOptions)</select></div>
        <div><label for="id">Nhiệm vụ</label><select id="id" name="id">\(obOptions)</select></div></div>
        <button class="primary" type="submit">Xem</button></form>
        """
        if let o = selected {
            body += "<div class=\"card\"><h2>\(E.esc(o.id)): \(E.esc(o.title))</h2><p class=\"muted\">\(E.esc(o.source))"
            if let d = o.deadlineAsWritten ?? o.deadline { body += " · Thời hạn: \(E.esc(d))" }
            if let p = o.product { body += " · Sản phẩm: \(E.esc(p))" }
            body += "</p></div><div class=\"scroll\"><table id=\"units\"><thead><tr><th>Đơn vị</th><th>Vai trò</th><th>Đã nộp</th><th>Nhiệm vụ trong KH</th><th>Thời hạn KH</th><th>Tình trạng</th></tr></thead><tbody>"
            for l in lines {
                body += "<tr><td><a href=\"/don-vi/\(E.q(pack.province))/\(E.q(l.unit.id))?pack=\(E.q(pack.id))\">\(E.esc(l.unit.name))</a></td><td>\(l.role == .lead ? "chủ trì" : "phối hợp")</td>"
                if let s = l.latest {
                    body += "<td>\(E.date(s.submittedAt))</td><td>\(E.esc(l.row?.taskPath ?? "—"))</td><td>\(E.esc(l.row?.planDeadline ?? "—"))</td>"
                    body += l.row.map { "<td class=\"s-\($0.status.rawValue)\">\($0.status.vietnamese)</td>" } ?? "<td>—</td>"
                } else {
                    body += "<td class=\"s-missing\">chưa nộp</td><td>—</td><td>—</td><td>—</td>"
                }
                body += "</tr>"
            }
            body += "</tbody></table></div>"
        }
        return layout("Theo nhiệm vụ", account: account, csrf: csrf, tab: .obligations, body)
    }
}
