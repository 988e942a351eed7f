// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "vanban",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "vanban", targets: ["vanban"]),
    .library(name: "VanBan", targets: ["VanBan"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // System libraries, found through pkg-config. Their C types stay inside
    // OfficeTemplates (and the benchmark, which measures zlib itself).
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CLibZip", pkgConfig: "libzip",
      providers: [.apt(["libzip-dev"])]),
    .systemLibrary(
      name: "CLibDeflate", pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"])]),
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]),

    // Stage-independent Vietnamese administrative text (Decree 30/2020).
    .target(name: "VietnameseText"),
    // The load stage: CSV tallies, nominee histories, units and document
    // metadata into typed, validated data.
    .target(
      name: "Tallies",
      dependencies: [
        "VietnameseText",
        // CSV.swift was measured too slow for the 1,000,000-row target (see
        // CSVTokenizer.swift); it stays as the tests' reference tokenizer.
        .product(name: "TOMLKit", package: "TOMLKit"),
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    // The rules stage: rulesets (data files), their evaluation over nominee
    // histories, findings with legal basis, bonus money.
    .target(
      name: "AwardRules",
      dependencies: [
        "Tallies", "TemplateLanguage", "VietnameseText",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      resources: [.copy("Rulesets")]),
    // The template language: tags, expressions, filters, scopes.
    .target(
      name: "TemplateLanguage",
      dependencies: [
        "VietnameseText",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    // Zip packages and XML parts behind a small Swift surface; the only
    // module that sees libzip, libxml2 and libdeflate.
    .target(
      name: "OfficePackage",
      dependencies: ["CLibXML2", "CLibZip", "CLibDeflate"]),
    // DOCX/ODT templates: locate tags across runs, bind structure, compile,
    // render.
    .target(
      name: "OfficeTemplates",
      dependencies: ["TemplateLanguage", "OfficePackage"]),
    // The pipeline as a public API.
    .target(
      name: "VanBan",
      dependencies: [
        "OfficeTemplates", "OfficePackage", "TemplateLanguage", "VietnameseText", "Tallies",
        "AwardRules",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    .executableTarget(
      name: "vanban",
      dependencies: [
        "VanBan",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Builds small DOCX/ODT packages from XML snippets, for tests and the
    // benchmark; not part of the product.
    .target(name: "OfficeFixtures", dependencies: ["OfficePackage"]),
    // Times loading 1,000,000 tally rows (issue 4's target: < 3 s, memory
    // < 10x the file): swift run -c release TalliesBenchmark.
    .executableTarget(name: "TalliesBenchmark", dependencies: ["Tallies"]),
    .executableTarget(
      name: "VanBanBenchmark",
      dependencies: ["VanBan", "OfficeFixtures", "OfficePackage", "CZlib"]),

    .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
    .testTarget(name: "TemplateLanguageTests", dependencies: ["TemplateLanguage"]),
    .testTarget(name: "AwardRulesTests", dependencies: ["AwardRules", "Tallies"]),
    .testTarget(
      name: "TalliesTests",
      dependencies: [
        "Tallies", "VanBan", "OfficeFixtures",
        // The reference tokenizer of a differential test.
        .product(name: "CSV", package: "CSV.swift"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "OfficePackageTests",
      dependencies: ["OfficePackage", "OfficeFixtures"]),
    .testTarget(
      name: "OfficeTemplatesTests",
      dependencies: ["OfficeTemplates", "OfficeFixtures"]),
    .testTarget(
      name: "DocxtplDifferentialTests",
      dependencies: ["OfficeTemplates", "OfficeFixtures", "TemplateLanguage"],
      exclude: ["docxtpl_oracle.py"]),
    .testTarget(
      name: "VanBanTests",
      dependencies: ["VanBan", "OfficeFixtures", "vanban"]),
  ],
  swiftLanguageModes: [.v6]
)
