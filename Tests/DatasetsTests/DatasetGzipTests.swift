import Testing
@testable import Datasets

@Suite("gzip")
struct DatasetGzipTests {
    private static func randomBytes(_ count: Int, seed: UInt64, alphabet: Int = 256) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in UInt8(random.index(below: alphabet)) }
    }

    @Test("compress then decompress gives the input back", arguments: [0, 1, 1000, 65_536, 200_003])
    func roundTrip(count: Int) throws {
        // A small alphabet compresses, so the inflater crosses many chunks of output.
        let input = Self.randomBytes(count, seed: UInt64(count), alphabet: 4)
        let packed = Gzip.compress(input)
        #expect(Gzip.isCompressed(packed))
        #expect(try Gzip.decompress(packed, source: "x.gz") == input)
    }

    @Test("concatenated members decompress to the concatenation, like gzip -cd")
    func members() throws {
        let a = Self.randomBytes(5000, seed: 1), b = Self.randomBytes(70_000, seed: 2)
        #expect(try Gzip.decompress(Gzip.compress(a) + Gzip.compress(b), source: "x.gz") == a + b)
    }

    @Test("the inflater hands out exactly the bytes asked for")
    func exactReads() throws {
        let input = Self.randomBytes(100_000, seed: 9)
        let inflater = try Inflater(Gzip.compress(input), source: "x.gz")
        var out: [UInt8] = []
        #expect(try inflater.read(16, into: &out) == 16)
        #expect(out == Array(input.prefix(16)))
        #expect(try inflater.read(70_000, into: &out) == 70_000)
        #expect(try inflater.read(50_000, into: &out) == 29_984)
        #expect(inflater.isAtEnd)
        #expect(out == input)
    }

    @Test("output beyond the limit is refused")
    func limit() throws {
        let packed = Gzip.compress([UInt8](repeating: 0, count: 1_000_000))
        #expect(packed.count < 2000)
        #expect(try Gzip.decompress(packed, source: "z.gz", limit: 1_000_000).count == 1_000_000)
        let error = DatasetError.from { () throws(DatasetError) in
            _ = try Gzip.decompress(packed, source: "z.gz", limit: 999_999)
            return try Dataset.load("xor")
        }
        #expect(error?.description == "z.gz: gzip data expands to more than 999999 bytes; refusing to load it")
    }

    @Test("corrupt, truncated, empty and trailing-garbage streams are errors that name the source")
    func rejects() throws {
        let input = Self.randomBytes(10_000, seed: 4, alphabet: 16)
        let packed = Gzip.compress(input)
        func failure(_ bytes: [UInt8]) -> String? {
            DatasetError.from { () throws(DatasetError) in
                _ = try Gzip.decompress(bytes, source: "f.gz")
                return try Dataset.load("xor")
            }?.description
        }
        var corrupt = packed
        corrupt[10] = 0xFF  // the first deflate block header: type 0b11 is invalid
        #expect(failure(corrupt)?.hasPrefix("f.gz: corrupt gzip data near compressed byte") == true)
        #expect(failure(corrupt)?.hasSuffix(": invalid block type") == true)
        var badLength = packed
        badLength[packed.count - 1] ^= 1  // the ISIZE trailer
        #expect(failure(badLength)?.hasPrefix("f.gz: corrupt gzip data near compressed byte") == true)
        #expect(failure(Array(packed.dropLast(3))) == "f.gz: truncated gzip data: the stream ends at compressed byte \(packed.count - 3) before its end marker")
        #expect(failure([]) == "f.gz: truncated gzip data: the stream ends at compressed byte 0 before its end marker")
        #expect(failure(packed + [1, 2, 3]) == "f.gz: 3 unexpected bytes after the gzip stream at compressed byte \(packed.count)")
    }
}
