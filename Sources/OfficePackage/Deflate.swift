internal import CLibDeflate

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Raw deflate and CRC-32 through libdeflate; every libdeflate call of the module lives here.
///
/// Memory ownership: compressors are allocated once per thread and per level
/// (a level-6 compressor is a few hundred kilobytes, and allocating one per
/// part cost about 5 µs, a fifth of compressing a small part); they are freed
/// by the thread-specific-data destructor when the thread exits. A compressor
/// is never shared between threads, which is what libdeflate requires.
/// Decompressors are small and live only for one call.
public enum Deflate {
  /// A raw deflate stream (no zlib or gzip wrapper) of `bytes`.
  ///
  /// `.store` gives a valid stream made of stored blocks.
  public static func compress(_ bytes: [UInt8], level: CompressionLevel) -> [UInt8] {
    let compressor = ThreadCompressors.current.compressor(for: level)
    let bound = libdeflate_deflate_compress_bound(compressor, bytes.count)
    return bytes.withUnsafeBytes { input in
      [UInt8](unsafeUninitializedCapacity: bound) { output, count in
        count = libdeflate_deflate_compress(
          compressor, input.baseAddress, input.count, output.baseAddress, bound)
      }
    }
  }

  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { crc32(of: $0) }
  }

  static func crc32(of bytes: UnsafeRawBufferPointer) -> UInt32 {
    UInt32(libdeflate_crc32(0, bytes.baseAddress, bytes.count))
  }

  /// The raw deflate stream of `bytes` if it is smaller than `bytes`, else nil
  /// (the caller then stores the data). The buffer is left uninitialised
  /// until libdeflate writes it: no zero-filling on the hot path.
  static func compressIfSmaller(_ input: UnsafeRawBufferPointer, level: CompressionLevel)
    -> [UInt8]?
  {
    guard input.count > 1 else { return nil }
    let compressor = ThreadCompressors.current.compressor(for: level)
    let room = input.count - 1
    let output = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
      count = libdeflate_deflate_compress(
        compressor, input.baseAddress, input.count, buffer.baseAddress, room)
    }
    return output.isEmpty ? nil : output
  }

  /// Inflates a raw deflate stream that must produce exactly `expectedSize`
  /// bytes. The output buffer is exactly that big, so a stream that would
  /// produce more stops as soon as it overflows it: a lying header cannot make
  /// us allocate or inflate more than it declared.
  static func inflate(
    _ input: [UInt8], expectedSize: Int, part: String
  ) throws(PackageError) -> [UInt8] {
    guard let decompressor = libdeflate_alloc_decompressor() else {
      throw PackageError(
        part: part,
        message: "there is not enough memory to open this part; close other programs and try again")
    }
    defer { libdeflate_free_decompressor(decompressor) }
    var result = LIBDEFLATE_SUCCESS
    // One spare byte so that a zero-size output still has an address.
    let output = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
      result = input.withUnsafeBytes { source in
        // Passing nil for the actual output size makes libdeflate insist on
        // exactly `expectedSize` bytes (LIBDEFLATE_SHORT_OUTPUT otherwise).
        libdeflate_deflate_decompress(
          decompressor, source.baseAddress, source.count, buffer.baseAddress, expectedSize, nil)
      }
      count = result == LIBDEFLATE_SUCCESS ? expectedSize : 0
    }
    switch result {
    case LIBDEFLATE_SUCCESS:
      return output
    case LIBDEFLATE_INSUFFICIENT_SPACE:
      throw PackageError(
        part: part,
        message:
          "the part inflates to more than the \(expectedSize) bytes its zip header declares, "
          + "so the file has been tampered with or is a zip bomb; it was not opened. "
          + "Re-save the document from Word or LibreOffice")
    case LIBDEFLATE_SHORT_OUTPUT:
      throw PackageError(
        part: part,
        message: "the part is shorter than its zip header declares, so the file is damaged; "
          + "copy it again or re-save it from Word or LibreOffice")
    default:
      throw PackageError(
        part: part,
        message: "the compressed data of the part is damaged; "
          + "copy the file again or re-save it from Word or LibreOffice")
    }
  }
}

/// The libdeflate compressors of the calling thread, one per level, made on first use.
private final class ThreadCompressors {
  private var compressors: [OpaquePointer?] = [nil, nil, nil]

  deinit {
    for compressor in compressors { libdeflate_free_compressor(compressor) }
  }

  /// This thread's instance, created and registered with the thread-specific key on first use.
  static var current: ThreadCompressors {
    if let stored = pthread_getspecific(threadCompressorsKey) {
      return Unmanaged<ThreadCompressors>.fromOpaque(stored).takeUnretainedValue()
    }
    let made = ThreadCompressors()
    // The retain is balanced by the key's destructor when the thread exits.
    pthread_setspecific(threadCompressorsKey, Unmanaged.passRetained(made).toOpaque())
    return made
  }

  func compressor(for level: CompressionLevel) -> OpaquePointer {
    let slot: Int
    switch level {
    case .store: slot = 0
    case .fast: slot = 1
    case .default: slot = 2
    }
    if let compressor = compressors[slot] { return compressor }
    // Allocation fails only when out of memory; there is nothing sensible to
    // recover to in the middle of writing a package.
    guard let made = libdeflate_alloc_compressor(level.libdeflateLevel) else {
      fatalError("libdeflate could not allocate a compressor: out of memory")
    }
    compressors[slot] = made
    return made
  }
}

/// Frees a thread's compressors when the thread exits.
private let threadCompressorsKey: pthread_key_t = {
  var key = pthread_key_t()
  #if canImport(Glibc)
    let status = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<ThreadCompressors>.fromOpaque(pointer).release()
    }
  #else
    let status = pthread_key_create(&key) { pointer in
      Unmanaged<ThreadCompressors>.fromOpaque(pointer).release()
    }
  #endif
  precondition(status == 0, "no thread-specific keys left for libdeflate compressors")
  return key
}()
