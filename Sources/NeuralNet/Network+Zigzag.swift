extension Network {
    /// Adds the chunk last run through `backward` to `tallies`, one per
    /// hidden layer: the per-example updates of the incoming weights of the
    /// layer above it, which that hidden layer's outputs feed (`ZigzagTally`).
    func tallyZigzag(rows: Int, workspace: NetworkWorkspace, into tallies: inout [ZigzagTally]) {
        for index in 0..<hiddenLayerCount {
            tallies[index].add(inputs: workspace.outputs[index].pointer, inputCount: layers[index].unitCount,
                               deltas: workspace.deltas[index + 1].pointer, width: layers[index + 1].width, rows: rows)
        }
    }
}
