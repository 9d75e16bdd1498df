import Dashboard
import ECSSim
import ECSimIO
import Testing
import TerminalUI

@Suite struct KeymapLoaderTests {
  @Test func bindsAndUnbinds() throws {
    let km = try KeymapLoader.parse("""
      bind:
        ctrl-d: page-down
        S: scale-service
        s: none
      unbindActions: [inject-fault]
      """)
    #expect(km.action(for: .ctrl("d")) == .pageDown)
    #expect(km.action(for: .char("S")) == .scaleService)
    #expect(km.action(for: .char("s")) == nil)
    #expect(km.keys(for: .injectFault).isEmpty)
    // Everything else keeps its standard binding.
    #expect(km.action(for: .char("j")) == .moveDown)
    #expect(km.hints(for: .services, readonly: false).contains(KeyHint("S", "scale")))
  }

  @Test func emptyFileIsTheStandardKeymap() throws {
    #expect(try KeymapLoader.parse("") == Keymap.standard)
  }

  @Test func unknownActionIsLocatedWithASuggestion() {
    #expect(throws: LocatedError("bind.q: unknown action 'quitt'; did you mean 'quit'?", at: SourceLocation(line: 2, column: 6))) {
      try KeymapLoader.parse("bind:\n  q: quitt\n")
    }
  }

  @Test func unknownKeyNameIsLocated() {
    do {
      _ = try KeymapLoader.parse("bind:\n  ctrl-pgup: quit\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.location == SourceLocation(line: 2, column: 3))
      #expect(error.message.hasPrefix("bind: 'ctrl-pgup' is not a key;"))
    }
  }

  @Test func unknownTopLevelKey() {
    do {
      _ = try KeymapLoader.parse("binds:\n  q: quit\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "keymap: unknown key 'binds'; did you mean 'bind'?")
      #expect(error.location == SourceLocation(line: 1, column: 1))
    }
  }

  @Test func userConfigFolderFollowsXDG() {
    #expect(KeymapLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]) == "/x/cfg/ecsim/keymap.yaml")
    #expect(KeymapLoader.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/ecsim/keymap.yaml")
  }
}
