import Foundation

/// The files an ingest covers: the files named, and every file below the folders named, visited
/// lazily so that a folder of a million stories is never listed in memory. Hidden files and folders
/// (".git", ".DS_Store") are skipped.
struct StoryFiles: Sequence {
    let inputs: [String]

    enum Entry {
        case file(String)
        case missing(String)
        /// An `http://` or `https://` address: a feed or a story page to fetch.
        case webAddress(String)
    }

    func makeIterator() -> AnyIterator<Entry> {
        var pending = inputs[...]
        var enumerator: FileManager.DirectoryEnumerator?
        var directory = ""
        return AnyIterator {
            while true {
                if let current = enumerator {
                    while let relative = current.nextObject() as? String {
                        let name = (relative as NSString).lastPathComponent
                        if name.hasPrefix(".") {
                            current.skipDescendants()
                            continue
                        }
                        let path = (directory as NSString).appendingPathComponent(relative)
                        var isDirectory: ObjCBool = false
                        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                            return .file(path)
                        }
                    }
                    enumerator = nil
                }
                guard let input = pending.popFirst() else { return nil }
                if FetchPolicy.isWebAddress(input) { return .webAddress(input) }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                    return .missing(input)
                }
                guard isDirectory.boolValue else { return .file(input) }
                directory = input
                enumerator = FileManager.default.enumerator(atPath: input)
            }
        }
    }
}
