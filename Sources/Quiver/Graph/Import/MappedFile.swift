// MappedFile: the bytes of a file being imported. A regular file is mapped read-only; the
// row loop hands back the pages it has read (`dropPages`), so a large CSV never stays
// resident as a whole: the process keeps a window of a few MiB of it instead of the file.
// Dropped pages of a file mapping are read again from the page cache if touched later
// (error positions, a second pass), so dropping is only a hint about memory, never about
// content. Anything else (a pipe, a device, a file of size 0) is read into memory through
// Foundation.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Start and length of our own mapping (nil when the bytes live in `data`).
    private let mapping: (UnsafeMutableRawPointer, Int)?
    /// Whether `bytes` is our own copy (to deallocate).
    private let owned: Bool
    private var dropped = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    init(url: URL) throws {
        let fd = open(url.path, O_RDONLY)
        if fd >= 0 {
            defer { close(fd) }
            var st = stat()
            // A size of 0 may be a file that only reading tells the size of (/proc): read it.
            if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 {
                let size = Int(st.st_size)
                if let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED {
                    bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
                    mapping = (p, size)
                    owned = false
                    return
                }
            }
        }
        let d = try Data(contentsOf: url)
        mapping = nil
        owned = true
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(d.count, 1))
        d.copyBytes(to: p, count: d.count)
        bytes = UnsafeBufferPointer(start: p, count: d.count)
    }

    deinit {
        if let (p, n) = mapping { munmap(p, n) } else if owned, let b = bytes.baseAddress {
            UnsafeMutablePointer(mutating: b).deallocate()
        }
    }

    /// Gives back the pages wholly before byte `offset` (a mapped file only; cheap to call
    /// often: it acts once a few MiB have been read since the last time).
    func dropPages(before offset: Int) {
        guard let (p, n) = mapping else { return }
        let end = min(offset, n) & ~(MappedFile.pageSize - 1)
        guard end - dropped >= 4 << 20 else { return }
        _ = madvise(p + dropped, end - dropped, MADV_DONTNEED)
        dropped = end
    }

    /// The same for a reader of one part of the file, which keeps its own mark in `done`
    /// (several readers of different parts may call this at once).
    func dropPages(from done: inout Int, before offset: Int) {
        guard let (p, n) = mapping else { return }
        let end = min(offset, n) & ~(MappedFile.pageSize - 1)
        let start = (done + MappedFile.pageSize - 1) & ~(MappedFile.pageSize - 1)
        guard end - start >= 4 << 20 else { return }
        _ = madvise(p + start, end - start, MADV_DONTNEED)
        done = end
    }

    /// Marks the start again (a second pass over the file begins).
    func rewind() { dropped = 0 }
}
