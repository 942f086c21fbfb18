import Datasets
import NeuralNet

/// The data part of an exported script, in plain Python (no framework, no
/// numpy): actview's generator ported bit for bit, the data set's loader
/// and the stratified split, so the script trains on exactly actview's
/// numbers. `load_data()` returns the training and test features as flat
/// `array('f')`s and the labels as lists of ints.
struct PythonDataSection {
    let run: ExportedRun

    var configuration: TrainingConfiguration { run.configuration }

    /// Module-level constants the section's functions read.
    var constants: String {
        var lines = [
            "FEATURES = \(run.featureCount)",
            "CLASSES = \(run.classCount)",
            "TEST_FRACTION = \(PythonLiteral.float(configuration.testFraction))  # held out when the set has no test part",
        ]
        switch configuration.dataset {
        case .synthetic(let shape, let parameters):
            lines.append("POINTS = \(parameters.count)  # \(shape.rawValue): points in all, classes balanced")
            lines.append("NOISE = \(PythonLiteral.float(parameters.noise))  # standard deviation, truncated at 3σ")
        case .digits:
            let path = run.digitsPath ?? "digits.csv.gz"
            lines.append("DIGITS_FILE = os.environ.get(\"ACTVIEW_DIGITS\", \(PythonLiteral.string(path)))")
        case .mnist(let directory):
            lines.append("MNIST_DIRECTORY = \(PythonLiteral.string(directory))")
        case .csv(let path, let column):
            lines.append("CSV_FILE = \(PythonLiteral.string(path))")
            lines.append("LABEL_COLUMN = \(column ?? -1)  # negative counts from the end")
        }
        return lines.joined(separator: "\n")
    }

    var code: String {
        var parts = [generator, split]
        switch configuration.dataset {
        case .synthetic(let shape, _): parts.append(synthetic(shape))
        case .digits: parts.append(digits)
        case .mnist: parts.append(mnist)
        case .csv: parts.append(csv)
        }
        return parts.joined(separator: "\n\n")
    }

    private var generator: String {
        #"""
        MASK64 = (1 << 64) - 1


        class SeededRandom:
            """actview's random numbers (Sources/Datasets/SeededRandom.swift), bit for bit:
            xoshiro256** seeded through SplitMix64, doubles from the top 53 bits,
            Box–Muller normals, Lemire's bounded integers (Swift's next(upperBound:))
            and a Fisher–Yates permutation. One seed gives actview's data and order."""

            def __init__(self, seed):
                x, self.s = seed & MASK64, []
                for _ in range(4):
                    x = (x + 0x9E3779B97F4A7C15) & MASK64
                    z = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
                    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
                    self.s.append(z ^ (z >> 31))

            @staticmethod
            def _rotate(x, k):
                return ((x << k) | (x >> (64 - k))) & MASK64

            def next(self):
                s0, s1, s2, s3 = self.s
                result = (self._rotate((s1 * 5) & MASK64, 7) * 9) & MASK64
                t = (s1 << 17) & MASK64
                s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
                s2 ^= t
                self.s = [s0, s1, s2, self._rotate(s3, 45)]
                return result

            def unit(self):
                return (self.next() >> 11) * 2.0 ** -53

            def uniform(self, lower, upper):
                return lower + (upper - lower) * self.unit()

            def normal(self):
                u = self.unit()
                while u <= 2.2250738585072014e-308:
                    u = self.unit()
                v = self.unit()
                return math.sqrt(-2 * math.log(u)) * math.cos(2 * math.pi * v)

            def below(self, bound):
                m = self.next() * bound
                if m & MASK64 < bound:
                    floor = ((1 << 64) - bound) % bound
                    while m & MASK64 < floor:
                        m = self.next() * bound
                return m >> 64

            def permutation(self, count):
                p = list(range(count))
                for i in range(count - 1, 0, -1):
                    j = self.below(i + 1)
                    p[i], p[j] = p[j], p[i]
                return p
        """#
    }

    private var split: String {
        #"""
        def rounded(x):
            """Swift's x.rounded(): halves away from zero (x >= 0 here)."""
            whole = int(x)
            return whole + (1 if x - whole >= 0.5 else 0)


        def stratified_split(features, labels, class_count, seed):
            """actview's train/test split (Sources/Datasets/DatasetSplit.swift): every class
            gives the same share of its examples to the test set (keeping one for
            training), then both parts are shuffled."""
            random = SeededRandom(seed ^ \#(PythonLiteral.hex(Dataset.splitStreamSalt)))
            by_class = [[] for _ in range(class_count)]
            for row, label in enumerate(labels):
                by_class[label].append(row)
            train_rows, test_rows = [], []
            for rows in by_class:
                if not rows:
                    continue
                order = random.permutation(len(rows))
                test_count = min(rounded(len(rows) * TEST_FRACTION), len(rows) - 1)
                for position, pick in enumerate(order):
                    (test_rows if position < test_count else train_rows).append(rows[pick])
            train_rows = [train_rows[i] for i in random.permutation(len(train_rows))]
            test_rows = [test_rows[i] for i in random.permutation(len(test_rows))]
            return gather(features, labels, train_rows) + gather(features, labels, test_rows)


        def gather(features, labels, rows):
            width = len(features) // max(len(labels), 1)
            out = array("f")
            for row in rows:
                out.extend(features[row * width:(row + 1) * width])
            return out, [labels[row] for row in rows]


        def read_file(path):
            """The file's bytes, gunzipped when they start with gzip's magic number
            (actview goes by the contents, not the name)."""
            with open(path, "rb") as f:
                data = f.read()
            return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
        """#
    }

    private func synthetic(_ shape: SyntheticShape) -> String {
        let point: String
        switch shape {
        case .spiral:
            point = #"""
            def point(c, k, i, size, random):
                """Evenly along arm c, 1.75 turns, from near the centre out to radius 1."""
                t = (i + 0.5) / size
                r = 0.05 + 0.95 * t
                angle = 2 * math.pi * c / k + 1.75 * 2 * math.pi * t
                return r * math.cos(angle), r * math.sin(angle)
            """#
        case .xor:
            point = #"""
            def point(c, k, i, size, random):
                """Opposite quadrants per class, kept 0.1 off the axes."""
                sign = 1.0 if random.next() & 1 == 0 else -1.0
                x = sign * random.uniform(0.1, 1)
                y = (sign if c == 0 else -sign) * random.uniform(0.1, 1)
                return x, y
            """#
        case .circles:
            point = #"""
            def point(c, k, i, size, random):
                """Class 0 is the centre disc, the others rings with a gap between."""
                width = 1 / k
                inner = 0 if c == 0 else (c + 0.2) * width
                outer = (c + 1) * width
                r = random.uniform(inner, outer)
                angle = random.uniform(0, 2 * math.pi)
                return r * math.cos(angle), r * math.sin(angle)
            """#
        case .moons:
            point = #"""
            def point(c, k, i, size, random):
                """Two interleaved half circles, scaled by 1/1.5 and centred."""
                t = random.uniform(0, math.pi)
                x, y = (math.cos(t), math.sin(t)) if c == 0 else (1 - math.cos(t), 0.5 - math.sin(t))
                return (x - 0.5) / 1.5, (y - 0.25) / 1.5
            """#
        case .gaussians:
            point = #"""
            def point(c, k, i, size, random):
                """Centres on a circle of radius 0.5, spread 0.15 truncated at 3σ."""
                angle = 2 * math.pi * c / k + math.pi / 4
                x = 0.5 * math.cos(angle) + 0.15 * truncated_normal(random)
                y = 0.5 * math.sin(angle) + 0.15 * truncated_normal(random)
                return x, y
            """#
        case .sin, .abs, .step, .cubic, .plane, .multigauss:
            preconditionFailure("regression sets are refused before export (ExportSupport)")
        }
        return point + "\n\n\n" + #"""
        def truncated_normal(random):
            z = random.normal()
            while abs(z) > 3:
                z = random.normal()
            return z


        def load_data():
            """actview's \#(shape.rawValue) (Sources/Datasets/SyntheticDatasets.swift), seeded by SEED."""
            random = SeededRandom(SEED)
            features, labels = array("f"), []
            for c in range(CLASSES):
                size = POINTS // CLASSES + (1 if c < POINTS % CLASSES else 0)
                for i in range(size):
                    x, y = point(c, CLASSES, i, size, random)
                    x += NOISE * truncated_normal(random)
                    y += NOISE * truncated_normal(random)
                    features.extend((x, y))  # rounded to float32, as actview stores them
                    labels.append(c)
            return stratified_split(features, labels, CLASSES, SEED)
        """#
    }

    private var digits: String {
        #"""
        def load_data():
            """The 8×8 handwritten digits actview bundles (UCI, CC BY 4.0): 64 pixels
            0–16 scaled to [0, 1], then the label; split as actview splits them.
            Set ACTVIEW_DIGITS to read another copy of the same file."""
            features, labels = array("f"), []
            for line in read_file(DIGITS_FILE).decode("utf-8").splitlines():
                if line.strip():
                    cells = [int(cell) for cell in line.split(",")]
                    features.extend(value / 16 for value in cells[:64])
                    labels.append(cells[64])
            return stratified_split(features, labels, 10, SEED)
        """#
    }

    private var mnist: String {
        #"""
        def find_idx(stem, kind):
            for name in (f"{stem}-{kind}-ubyte", f"{stem}.{kind}-ubyte"):
                for suffix in ("", ".gz"):
                    path = os.path.join(MNIST_DIRECTORY, name + suffix)
                    if os.path.isfile(path):
                        return path
            return None


        def read_idx(path):
            """An IDX file's dimensions and its bytes (unsigned, one per element)."""
            data = read_file(path)
            dimensions = struct.unpack(">" + "I" * data[3], data[4:4 + 4 * data[3]])
            return dimensions, data[4 + 4 * data[3]:]


        PIXEL = [float(array("f", [value / 255])[0]) for value in range(256)]  # Float(v) / 255 in float32


        def read_part(images, labels):
            (count, height, width), pixels = read_idx(images)
            _, label_bytes = read_idx(labels)
            return array("f", map(PIXEL.__getitem__, pixels[:count * height * width])), list(label_bytes[:count])


        def load_data():
            """MNIST's IDX files as actview reads them (Sources/Datasets/MNISTDataset.swift):
            pixels 0–255 scaled to [0, 1]; the t10k pair is the test set when present,
            otherwise the training files are split as actview splits them."""
            train = read_part(find_idx("train-images", "idx3"), find_idx("train-labels", "idx1"))
            test_images, test_labels = find_idx("t10k-images", "idx3"), find_idx("t10k-labels", "idx1")
            if test_images and test_labels:
                return train + read_part(test_images, test_labels)
            return stratified_split(train[0], train[1], 10, SEED)
        """#
    }

    private var csv: String {
        #"""
        INTEGER = re.compile(r"[+-]?[0-9]+\Z")
        DECIMAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\Z")
        SPECIAL = re.compile(r"[+-]?(inf|infinity|nan)\Z", re.IGNORECASE)


        def swift_double(text):
            """Double(text) as Swift reads it, or None."""
            if DECIMAL.match(text) or SPECIAL.match(text):
                return float(text)
            try:
                return float.fromhex(text) if re.match(r"[+-]?0[xX]", text) else None
            except ValueError:
                return None


        def csv_fields(line):
            """One line split as actview's CSVReader splits it: fields trimmed of spaces
            and tabs, optional double quotes with "" for a quote inside."""
            fields, i, end = [], 0, len(line)
            while True:
                while i < end and line[i] in " \t":
                    i += 1
                if i < end and line[i] == '"':
                    text, i = [], i + 1
                    while i < end:
                        if line[i] == '"':
                            if i + 1 < end and line[i + 1] == '"':
                                text.append('"')
                                i += 2
                                continue
                            i += 1
                            break
                        text.append(line[i])
                        i += 1
                    while i < end and line[i] in " \t":
                        i += 1
                    fields.append("".join(text))
                else:
                    field_end = line.find(",", i)
                    field_end = end if field_end < 0 else field_end
                    fields.append(line[i:field_end].rstrip(" \t"))
                    i = field_end
                if i >= end:
                    return fields
                i += 1
                if i == end:
                    fields.append("")
                    return fields


        def load_data():
            """A CSV file as actview reads it (Sources/Datasets/CSVDataset.swift): a header
            when a feature cell of the first row is not a number; classes are the
            distinct labels in sorted order (numeric when all are integers); split as
            actview splits it, then every column z-scored with the training part's mean
            and standard deviation (a constant column only centred)."""
            text = read_file(CSV_FILE).decode("utf-8")
            if text.startswith("\ufeff"):
                text = text[1:]
            rows, label_index = [], None
            for line in text.split("\n"):
                line = line[:-1] if line.endswith("\r") else line
                fields = csv_fields(line)
                if fields == [""] and '"' not in line:
                    continue
                if label_index is None:
                    label_index = LABEL_COLUMN % len(fields)
                    if any(swift_double(cell) is None for column, cell in enumerate(fields) if column != label_index):
                        continue
                rows.append(fields)
            texts = [row[label_index] for row in rows]
            if all(INTEGER.match(t) for t in texts):
                names = sorted(set(int(t) for t in texts))
                index = {name: position for position, name in enumerate(names)}
                labels = [index[int(t)] for t in texts]
            else:
                names = sorted(set(texts), key=lambda name: unicodedata.normalize("NFC", name))
                index = {name: position for position, name in enumerate(names)}
                labels = [index[t] for t in texts]
            features = array("f", (swift_double(cell) for row in rows
                                   for column, cell in enumerate(row) if column != label_index))
            train_x, train_y, test_x, test_y = stratified_split(features, labels, len(names), SEED)
            width = len(rows[0]) - 1
            mean, squares = [0.0] * width, [0.0] * width
            count = len(train_y)
            for row in range(count):
                for column in range(width):
                    mean[column] += train_x[row * width + column]
            mean = [total / count for total in mean]
            for row in range(count):
                for column in range(width):
                    d = train_x[row * width + column] - mean[column]
                    squares[column] += d * d
            scale = [1 / math.sqrt(total / count) if math.sqrt(total / count) > 1e-12 else 1.0 for total in squares]
            def standardised(values):
                return array("f", ((value - mean[i % width]) * scale[i % width] for i, value in enumerate(values)))
            return standardised(train_x), train_y, standardised(test_x), test_y
        """#
    }

    /// The modules the section imports.
    var imports: [String] {
        var names = ["gzip", "math", "os"]
        switch configuration.dataset {
        case .mnist: names.append("struct")
        case .csv: names += ["re", "unicodedata"]
        default: break
        }
        return names
    }
}
