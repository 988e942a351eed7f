import ArgumentParser
import FoundationEssentials
import VanBan

/// `vanban init`: a starter folder — a template, sample data, a metadata
/// file and a Makefile — so a new office renders its first document with
/// one `make`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    _superCommandName: VanBanCommand.name,
    abstract:
      "Create a starter folder: a template, sample CSV data, a metadata file and a Makefile.",
    discussion: """
      Copies a template from vanban's Templates/ folder (found beside the vanban executable, \
      in VANBAN_TEMPLATES, or given with --templates) into DIR/templates/, with the sample \
      data it comes with (Samples/NAME/: CSV files into DIR/data/, its metadata as \
      DIR/NAME.toml), or else sample CSV files with the documented columns \
      (data/khen-thuong.csv tallies, data/doi-tuong.csv nominee history, data/don-vi.csv \
      units) and a metadata file; and a Makefile that renders every \
      template into out/ with --depfile, so a second make does nothing and changing a CSV \
      rebuilds what read it. Existing files are never overwritten.

      Examples:
        vanban init van-phong && make -C van-phong
        vanban init ban-dan-toc --template bao-cao-so-ket --templates /usr/share/vanban/Templates
      """)

  @Argument(help: "The folder to create (it may exist, empty or not; no file in it is replaced).")
  var directory: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The template to start from, by name (default: bao-cao-so-ket, else the first one).",
      valueName: "name"))
  var template: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "vanban's Templates/ folder, when it is not found beside the executable.", valueName: "dir"))
  var templates: String?

  @OptionGroup var diagnostics: DiagnosticsOption

  func run() throws {
    try diagnostics.reporting { () throws(VanBanError) in
      let folder = try templatesFolder()
      let available = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.sorted()
      let names = Array(Set(available.map { PathName.deletingPathExtension($0) })).sorted()
      let name: String
      if let template {
        let wanted = PathName.deletingPathExtension(template)
        guard names.contains(wanted) else {
          throw VanBanError(
            .usage, file: folder,
            "error: no template \(wanted) here; the templates are \(names.joined(separator: ", "))")
        }
        name = wanted
      } else if names.contains("bao-cao-so-ket") {
        name = "bao-cao-so-ket"
      } else if let first = names.first {
        name = first
      } else {
        throw VanBanError(.usage, file: folder, "error: this folder has no .docx or .odt template")
      }
      var written: [String] = []
      func put(_ relative: String, _ bytes: [UInt8]) throws(VanBanError) {
        let path = PathName.appendingPathComponent(directory, relative)
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try BatchRenderer.write(bytes, to: path)
        written.append(path)
      }
      for file in available where PathName.deletingPathExtension(file) == name {
        guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
        try put("templates/" + file, Array(data))
      }
      // The sample data a shipped template comes with (../Samples/NAME/), else
      // the README's examples.
      let sample = PathName.appendingPathComponent(
        PathName.deletingLastPathComponent(folder), "Samples/\(name)")
      var hasData = false
      var hasMetadata = false
      let sampleFiles = ((try? FileManager.default.contentsOfDirectory(atPath: sample)) ?? [])
        .sorted()
      for file in sampleFiles {
        guard let data = FileManager.default.contents(atPath: sample + "/" + file) else { continue }
        switch PathName.pathExtension(file).lowercased() {
        case "csv":
          try put("data/" + file, Array(data))
          hasData = true
        case "toml" where !hasMetadata:
          try put(name + ".toml", Array(data))
          hasMetadata = true
        case "json":
          try put(name + ".json", Array(data))
        default:
          break
        }
      }
      if !hasData {
        try put("data/khen-thuong.csv", Array(StarterFiles.tallies.utf8))
        try put("data/doi-tuong.csv", Array(StarterFiles.nominees.utf8))
        try put("data/don-vi.csv", Array(StarterFiles.units.utf8))
      }
      if !hasMetadata { try put(name + ".toml", Array(StarterFiles.metadata.utf8)) }
      try put("Makefile", Array(StarterFiles.makefile(vanban: Self.executablePath).utf8))
      try put(".gitignore", Array("out/\n".utf8))
      for path in written { print("created \(path)") }
      print("Next: make -C \(directory)")
    }
  }

  /// Where Templates/ is: --templates, VANBAN_TEMPLATES, or a Templates/
  /// folder above the executable (a source checkout: .build/release/vanban),
  /// or ../share/vanban/Templates beside an installed one.
  func templatesFolder() throws(VanBanError) -> String {
    func hasTemplates(_ path: String) -> Bool {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return files.contains { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }
    }
    if let templates {
      guard hasTemplates(templates) else {
        throw VanBanError(
          .usage, file: templates, "error: no .docx or .odt template in this folder")
      }
      return templates
    }
    if let env = ProcessInfo.processInfo.environment["VANBAN_TEMPLATES"], hasTemplates(env) {
      return env
    }
    var folder = PathName.deletingLastPathComponent(Self.executablePath)
    let installed = PathName.appendingPathComponent(
      PathName.deletingLastPathComponent(folder), "share/vanban/Templates")
    if hasTemplates(installed) { return installed }
    while folder != "/" && !folder.isEmpty {
      let candidate = PathName.appendingPathComponent(folder, "Templates")
      if hasTemplates(candidate) { return candidate }
      folder = PathName.deletingLastPathComponent(folder)
    }
    throw VanBanError(
      .usage,
      "error: cannot find vanban's Templates/ folder; give it with --templates DIR or VANBAN_TEMPLATES"
    )
  }

  /// The running executable, symbolic links resolved.
  static var executablePath: String {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}

/// The sample files `vanban init` writes: the README's examples.
enum StarterFiles {
  static let tallies = """
    Năm,Đơn vị,Hình thức,Đối tượng,Số lượng,Thẩm quyền,Trạng thái,Phong trào,Dịp,Thành tích
    2021,Ban Dân tộc,Giấy khen,tập thể,3,Trưởng Ban,tặng,phong trào thi đua năm 2020,,có nhiều thành tích thi đua
    2021,Ban Dân tộc,Giấy khen,cá nhân,16,Trưởng Ban,tặng,phong trào thi đua năm 2020,,có nhiều thành tích thi đua
    2021,Ban Dân tộc,Bằng khen,tập thể,4,Chủ tịch UBND tỉnh,đề xuất,,,có thành tích xuất sắc trong các lĩnh vực hoạt động của cơ quan

    """

  static let nominees = """
    Mã,Năm,Họ và tên,Đối tượng,Đơn vị,Chức vụ,Quản lý,Giới tính,Xếp loại,Danh hiệu,Sáng kiến cấp cơ sở,Kỷ luật,Đề nghị
    VP,2023,Văn phòng Ban,tập thể,Ban Dân tộc,,,,HTXSNV,,0,,Tập thể lao động xuất sắc
    CN001,2022,Nguyễn Thị Hòa,cá nhân,Văn phòng Ban,Chánh Văn phòng,x,Nữ,HTXSNV,LĐTT; CSTĐCS,1,,
    CN001,2023,Nguyễn Thị Hoà,cá nhân,Văn phòng Ban,Chánh Văn phòng,x,Nữ,HTXSNV,LĐTT,1,,CSTĐCS; BK tỉnh

    """

  static let units = """
    Tên đơn vị,Cơ quan chủ quản,Ký hiệu,Địa danh,Chức danh thủ trưởng,Thủ trưởng
    Ban Dân tộc,UBND tỉnh Khánh Hòa,BDT,Khánh Hòa,Trưởng Ban,Võ Nam Thắng

    """

  static let metadata = """
    # The document's number, date, addressees and signer (see vanban's README,
    # "Document metadata"). Templates read it as meta.
    so = 5
    ngay = "05/02/2021"
    loai = "Báo cáo"
    co_quan = "Ban Dân tộc"
    trich_yeu = "Sơ kết công tác thi đua, khen thưởng"
    noi_nhan = ["Ủy ban Dân tộc", "Ban TĐ-KT tỉnh", "Lưu: VT, VP"]
    period = "2021-2025"

    [nguoi_ky]
    chuc_vu = "Trưởng Ban"
    ho_ten = "Đặng Văn Tuấn"

    """

  /// Renders templates/NAME.docx|odt into out/, each with the CSV files,
  /// NAME.toml and NAME.json (when there is one).
  static func makefile(vanban: String) -> String {
    """
    # Made by `vanban init`. `make` renders every template of templates/ into
    # out/ from the CSV files of data/, the metadata NAME.toml and, when there
    # is one, the JSON context NAME.json. vanban writes each output's
    # prerequisites into out/NAME.EXT.d (--depfile), which this Makefile
    # includes: a second make does nothing, and changing a CSV file rebuilds
    # exactly the documents that read it. make -j works.

    VANBAN ?= \(vanban.replacing(" ", with: "\\ "))
    DATA   := $(wildcard data/*.csv)
    DOCS   := $(patsubst templates/%,out/%,$(wildcard templates/*.docx templates/*.odt))

    .PHONY: all pdf clean
    .DELETE_ON_ERROR:

    all: $(DOCS)

    pdf: $(addsuffix .pdf,$(basename $(DOCS)))

    out/%.docx: templates/%.docx
    \t@mkdir -p $(@D)
    \t$(VANBAN) render $< $(DATA:%=--data %) --meta $*.toml $(if $(wildcard $*.json),--context $*.json) -o $@ --depfile $@.d

    out/%.odt: templates/%.odt
    \t@mkdir -p $(@D)
    \t$(VANBAN) render $< $(DATA:%=--data %) --meta $*.toml $(if $(wildcard $*.json),--context $*.json) -o $@ --depfile $@.d

    out/%.pdf: templates/%.docx
    \t@mkdir -p $(@D)
    \t$(VANBAN) render $< $(DATA:%=--data %) --meta $*.toml $(if $(wildcard $*.json),--context $*.json) -o $@ --depfile $@.d

    clean:
    \trm -rf out

    -include $(wildcard out/*.d)

    """
  }
}
