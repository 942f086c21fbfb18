import TermPlot

/// Where each pane goes for a terminal size. At 80×24 and up every pane
/// shows but the notes, which need a data pane of 12 rows beside them (the
/// status bar says when they are hidden); below that the explorer keeps the
/// activation and training panes, then the activation pane alone, then only
/// a "too small" message. Height beyond the notes' 12 rows goes to the data
/// (beside a confusion grid, to the health and notes panes).
struct Layout: Equatable {
    static let minimumWidth = 40
    static let minimumHeight = 12
    static let fullWidth = 80
    static let fullHeight = 24
    /// From this size the network pane has a column of its own.
    static let networkWidth = 120
    static let networkHeight = 40

    var header: Rect?
    var banner: Rect?
    var status: Rect?
    var activation: Rect?
    var training: Rect?
    var health: Rect?
    var data: Rect?
    var notes: Rect?
    /// The network's unit tiles, where there is room for them.
    var network: Rect?
    var isTooSmall = false
    var isZoomed = false

    /// Where `pane` is drawn, if it is.
    func rect(for pane: Pane) -> Rect? {
        switch pane {
        case .activation: activation
        case .training: training
        case .health: health
        case .data: data
        case .network: network
        case .notes: notes
        }
    }

    /// The panes on screen, in focus order.
    var shownPanes: [Pane] { Pane.allCases.filter { rect(for: $0) != nil } }

    /// `bannerLines` rows under the header go to a preset's banner and its
    /// setup lines (0: no banner; `hasBanner` alone is one row).
    /// With `zoomed`, that pane alone takes the whole body.
    /// `showsNetwork` false (1-D and other non-image data, where the network
    /// pane has no picture to draw) leaves it out but for a zoom.
    /// `networkColumn` false (image data, whose confusion grid needs the
    /// width) puts the network pane under the notes instead of in a column.
    /// `confusionClasses`: the data pane shows a confusion grid of that many
    /// classes, which needs only its own rows; the rest goes to the layers'
    /// health, then to the notes.
    init(width: Int, height: Int, hasBanner: Bool, layerCount: Int, bannerLines: Int? = nil, zoomed: Pane? = nil,
         networkColumn: Bool = true, confusionClasses: Int? = nil, showsNetwork hasNetwork: Bool = true) {
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            isTooSmall = true
            return
        }
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        var top = 1
        let rows = hasBanner ? max(1, bannerLines ?? 1) : 0
        if rows > 0 {
            banner = Rect(x: 0, y: 1, width: width, height: rows)
            top = 1 + rows
        }
        let bodyHeight = height - 1 - top
        if let zoomed {
            isZoomed = true
            let body = Rect(x: 0, y: top, width: width, height: bodyHeight)
            switch zoomed {
            case .activation: activation = body
            case .training: training = body
            case .health: health = body
            case .data: data = body
            case .network: network = body
            case .notes: notes = body
            }
            return
        }
        guard width >= Layout.fullWidth, height >= Layout.fullHeight else {
            // Small: the two panes the lesson needs most.
            if bodyHeight >= 18 {
                let upper = bodyHeight / 2 + bodyHeight % 2
                activation = Rect(x: 0, y: top, width: width, height: upper)
                training = Rect(x: 0, y: top + upper, width: width, height: bodyHeight - upper)
            } else if width >= 2 * Layout.minimumWidth {
                activation = Rect(x: 0, y: top, width: width / 2, height: bodyHeight)
                training = Rect(x: width / 2, y: top, width: width - width / 2, height: bodyHeight)
            } else {
                activation = Rect(x: 0, y: top, width: width, height: bodyHeight)
            }
            return
        }
        // Full: the plots on the left, the readings on the right; from
        // 120×40 the network's tiles take a column between them.
        let showsNetwork = hasNetwork && width >= Layout.networkWidth && height >= Layout.networkHeight && networkColumn
        let leftWidth = showsNetwork ? width * 2 / 5 : width * 11 / 20
        let networkWidth = showsNetwork ? width * 3 / 10 : 0
        let rightWidth = width - leftWidth - networkWidth
        if showsNetwork { network = Rect(x: leftWidth, y: top, width: networkWidth, height: bodyHeight) }
        // A short screen gives the activation plot the extra row or two.
        let upper = bodyHeight < 28 ? bodyHeight * 11 / 20 : bodyHeight / 2 + bodyHeight % 2
        activation = Rect(x: 0, y: top, width: leftWidth, height: upper)
        training = Rect(x: 0, y: top + upper, width: leftWidth, height: bodyHeight - upper)
        // Health: a header row and one row per layer, within 45% of the column.
        let healthWanted = max(5, layerCount + 3)
        var healthHeight = min(healthWanted, max(5, bodyHeight * 9 / 20))
        // Notes: a third of the column, 6 to 12 rows, once there is room
        // for them beside a data pane of 12 rows; the rest goes to the data.
        var notesHeight = Layout.notesHeight(bodyHeight: bodyHeight, healthHeight: healthHeight)
        var dataHeight = bodyHeight - healthHeight - notesHeight
        // A confusion grid keeps its frame, corner, header and class rows;
        // the health pane's hidden layers, then the notes, get what is left.
        if let classes = confusionClasses, dataHeight > classes + 4 {
            var surplus = dataHeight - (classes + 4)
            let toHealth = min(surplus, healthWanted - healthHeight)
            healthHeight += toHealth
            surplus -= toHealth
            if notesHeight > 0 || surplus >= 6 { notesHeight += surplus }
            dataHeight = bodyHeight - healthHeight - notesHeight
        }
        let rightX = leftWidth + networkWidth
        health = Rect(x: rightX, y: top, width: rightWidth, height: healthHeight)
        data = Rect(x: rightX, y: top + healthHeight, width: rightWidth, height: dataHeight)
        if notesHeight > 0 {
            notes = Rect(x: rightX, y: top + healthHeight + dataHeight, width: rightWidth, height: notesHeight)
        }
        if hasNetwork, !networkColumn, width >= Layout.networkWidth, height >= Layout.networkHeight, let below = notes {
            let upper = below.height / 2
            notes = Rect(x: below.x, y: below.y, width: below.width, height: upper)
            network = Rect(x: below.x, y: below.y + upper, width: below.width, height: below.height - upper)
        }
    }

    static func notesHeight(bodyHeight: Int, healthHeight: Int) -> Int {
        let wanted = min(12, max(6, bodyHeight / 3))
        return bodyHeight - healthHeight - wanted >= 12 ? wanted : 0
    }

    /// The panes a full screen has that this layout leaves out (a zoomed
    /// layout hides the others on purpose).
    var hiddenPanes: [Pane] {
        // The network pane has room only on large screens; elsewhere it is
        // one Tab and z away, as the help says, and not missed.
        isTooSmall || isZoomed ? [] : Pane.focusOrder.filter { $0 != .network && rect(for: $0) == nil }
    }
}
