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
      // Compiled into the module, so the tool needs no files beside it (and
      // no Foundation Bundle to find them).
      resources: [
        .embedInCode("Rulesets/luong-co-so.toml"), .embedInCode("Rulesets/nd-91-2017.toml"),
        .embedInCode("Rulesets/nd-98-2023.toml"), .embedInCode("Rulesets/nd-152-2025.toml"),
      ]),
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
        .product(name: "OrderedCollections", package: "swift-collections"),
      ],
      // make starts one process per document, so start-up is most of a
      // render's time. Measured (issue 2): the Swift runtime and Foundation
      // as shared libraries cost ~7 ms per start; linked in, ~1 ms. A
      // position-dependent executable has no 80,000 relative relocations
      // to apply at each start (~0.7 ms more). Release builds only, so that
      // debug builds and tests link fast.
      // (-static-stdlib when compiling too: it makes this module's objects
      // name the static Foundation's own libraries for the linker.)
      // The command line's option types are decoded once per process, so a
      // type's metadata is cheaper built directly than looked up by its
      // mangled name, which scans every protocol conformance of the binary
      // (~35 µs each). Only here: unsafe flags in the library targets would
      // keep other packages from depending on them.
      swiftSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-Xfrontend",
            "-disable-concrete-type-metadata-mangled-name-accessors",
          ], .when(configuration: .release))
      ],
      linkerSettings: [
        .unsafeFlags(
          ["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(configuration: .release))
      ]),

    // Builds small DOCX/ODT packages from XML snippets, for tests and the
    // benchmark; not part of the product.
    .target(name: "OfficeFixtures", dependencies: ["OfficePackage"]),
    // Times loading 1,000,000 tally rows (issue 4's target: < 3 s, memory
    // < 10x the file): swift run -c release TalliesBenchmark.
    .executableTarget(name: "TalliesBenchmark", dependencies: ["Tallies"]),
    .executableTarget(
      name: "VanBanBenchmark",
      dependencies: [
        "VanBan", "OfficeFixtures", "OfficePackage", "CZlib",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),

    .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
    .testTarget(
      name: "TemplateLanguageTests",
      dependencies: [
        "TemplateLanguage", .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    .testTarget(name: "AwardRulesTests", dependencies: ["AwardRules", "Tallies"]),
    .testTarget(
      name: "TalliesTests",
      dependencies: [
        "Tallies", "VanBan", "OfficeFixtures", "VietnameseText",
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
      dependencies: [
        "VanBan", "OfficeFixtures", "vanban",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)

// A file sees the members of the modules it imports, not of every module
// loaded: otherwise Foundation, which TOMLKit imports, lends `String` its
// methods everywhere and links itself into the command line tool unseen.
for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
