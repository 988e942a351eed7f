import TemplateLanguage

extension InspectionReport {
  /// The report for a person reading a terminal, in `language`.
  public func text(in language: MessageLanguage) -> String {
    let vi = language == .vietnamese
    func place(_ id: Int) -> String {
      guard tags.indices.contains(id) else { return "?" }
      return Self.location(of: tags[id]).place(in: language)
    }
    func places(_ ids: [Int]) -> String {
      var seen: Set<String> = []
      return ids.map(place).filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
    func structure(_ s: String, _ kind: String) -> String {
      let loop = kind == "for"
      switch (s, vi) {
      case ("paragraph", false): return loop ? "repeats paragraphs" : "shows or hides paragraphs"
      case ("row", false): return loop ? "repeats table rows" : "shows or hides table rows"
      case ("cell", false):
        return loop ? "repeats table cells (columns)" : "shows or hides table cells"
      case ("run", false): return loop ? "repeats a run of text" : "shows or hides a run of text"
      case (_, false):
        return loop
          ? "repeats text within the paragraph" : "shows or hides text within the paragraph"
      case ("paragraph", true): return loop ? "lặp lại các đoạn văn" : "hiện hoặc ẩn các đoạn văn"
      case ("row", true):
        return loop ? "lặp lại các hàng của bảng" : "hiện hoặc ẩn các hàng của bảng"
      case ("cell", true):
        return loop ? "lặp lại các ô (cột) của bảng" : "hiện hoặc ẩn các ô của bảng"
      case ("run", true): return loop ? "lặp lại một đoạn chữ" : "hiện hoặc ẩn một đoạn chữ"
      default: return loop ? "lặp lại chữ trong đoạn văn" : "hiện hoặc ẩn chữ trong đoạn văn"
      }
    }
    var lines: [String] = []
    lines.append(
      vi
        ? "Mẫu \(template) (\(format.uppercased())): \(tags.count) thẻ trong \(parts.count) phần"
        : "Template \(template) (\(format.uppercased())): \(tags.count) tags in \(parts.count) parts"
    )
    lines.append("")
    lines.append(
      vi ? "Tên mẫu đọc từ dữ liệu (\(names.count)):" : "Names the template reads (\(names.count)):"
    )
    let width = min(32, names.map { $0.name.count + ($0.optional ? 11 : 0) }.max() ?? 0)
    for name in names {
      var label = name.name
      if name.optional { label += vi ? " (có thể thiếu)" : " (optional)" }
      let padding = String(repeating: " ", count: max(1, width - label.count + 2))
      lines.append("  \(label)\(padding)\(places(name.tags))")
    }
    lines.append("")
    lines.append(
      vi ? "Vòng lặp và điều kiện (\(blocks.count)):" : "Loops and conditions (\(blocks.count)):")
    for block in blocks {
      let depth = String(repeating: "  ", count: depthOf(block))
      var head = "{% \(block.kind) "
      if block.kind == "for" {
        head += (block.variables ?? []).joined(separator: ", ") + " in " + (block.over ?? "…")
        if let c = block.condition { head += " if \(c)" }
      } else {
        head += block.condition ?? ""
      }
      head += " %}"
      let end =
        block.end.map { (vi ? " đến " : " to ") + place($0) }
        ?? (vi ? " (chưa đóng)" : " (never closed)")
      lines.append(
        "  \(depth)\(head) — \(structure(block.structure, block.kind)) — \(vi ? "từ " : "from ")\(place(block.tag))\(end)"
      )
    }
    if !filters.isEmpty {
      lines.append("")
      lines.append(vi ? "Bộ lọc dùng trong mẫu:" : "Filters used:")
      for use in filters { lines.append("  \(use.name)  \(places(use.tags))") }
    }
    if !tests.isEmpty {
      lines.append("")
      lines.append(vi ? "Phép kiểm tra dùng trong mẫu:" : "Tests used:")
      for use in tests { lines.append("  \(use.name)  \(places(use.tags))") }
    }
    lines.append("")
    lines.append(vi ? "Các thẻ:" : "Tags:")
    for tag in tags {
      lines.append("  #\(tag.id) \(place(tag.id)): \(tag.source) [\(tag.structure)]")
      lines.append("      \(tag.text)")
    }
    if !problems.isEmpty {
      lines.append("")
      lines.append(
        vi
          ? "Lỗi (\(problems.count)) — chạy vanban lint để biết cách sửa:"
          : "Problems (\(problems.count)) — run vanban lint for fixes:")
      for problem in problems { lines.append("  \(problem.place): \(problem.message)") }
    }
    return lines.joined(separator: "\n")
  }

  private func depthOf(_ block: Block) -> Int {
    var depth = 0
    var parent = block.parent
    while let p = parent, blocks.indices.contains(p) {
      depth += 1
      parent = blocks[p].parent
    }
    return depth
  }
}
