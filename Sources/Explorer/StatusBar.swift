import TermPlot

/// The bottom line: the main keys, or a transient notice.
struct StatusBar {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let style = options.resolve(options.theme.statusBar)
        screen.fill(area, with: Cell(" ", style: style))
        let korean = explorer.options.language == .korean
        let keys = korean
            ? "?:도움말  q:종료  Space:정지  n/p:함수  1-9:즐겨찾기  a:목록  r:재시작  +/-:학습률  </>:속도  P:프리셋  S:저장"
            : "?:help  q:quit  Space:pause  n/p:activation  1-9:favourites  a:all  r:restart  +/-:lr  </>:speed  P:preset  S:save"
        var x = area.x + 1
        if let notice = explorer.notice {
            let text = " " + options.text(notice.text) + " "
            var noticeStyle = style
            noticeStyle.attributes.insert(.bold)
            x = screen.put(text, x: x, y: area.y, style: noticeStyle, clip: area) + 1
        }
        screen.put(options.text(keys), x: x, y: area.y, style: style, clip: area)
    }
}
