#if canImport(Glibc)
import Glibc
#endif

/// Memory that reading and extraction have freed, handed back to the system before the next stage.
///
/// glibc's allocator keeps what worker threads free in their own arenas, resident, for their next
/// allocation; after the last batch those threads are idle, and event grouping, which runs on
/// another thread, would add its own memory on top. `malloc_trim` returns the free pages of every
/// arena. Elsewhere (macOS) the allocator returns free pages by itself and this does nothing.
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        // Looked up rather than declared: Swift's Glibc module does not include <malloc.h>.
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
