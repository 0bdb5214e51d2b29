import Foundation
import Testing

/// `dsr case set --assignee` / `--no-assignee` and `dsr list --assigned` / `--unassigned` (issue 18) through the
/// built binary: exit codes, `show`, the list filters and `audit verify`.
struct AssignmentCommandTests {
    @Test func aCaseIsAssignedToAnEnabledUserShownListedAndUnassigned() throws {
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        for name in ["Aino Asiakas", "Bertta Asiakas"] {
            let registered = try dsr.run(["register", "access", "--name", name, "--received", "2026-11-02"])
            #expect(registered.status == 0, "\(registered.stderr)")
        }
        #expect(
            try UserCommandTests.run(
                dsr, ["user", "add", "anna", "--role", "handler"], input: UserCommandTests.password + "\n"
            ).status == 0)
        #expect(
            try UserCommandTests.run(
                dsr, ["user", "add", "ville", "--role", "handler"], input: UserCommandTests.password + "\n"
            ).status == 0)
        #expect(try dsr.run(["user", "disable", "ville"]).status == 0)

        let assigned = try dsr.run(["case", "set", "2026-0001", "--assignee", "anna"])
        #expect(assigned.status == 0, "\(assigned.stderr)")
        #expect(assigned.stdout.contains("corrected: assignee"))
        #expect(try dsr.run(["show", "2026-0001"]).stdout.contains("Assigned:  anna"))
        #expect(try dsr.run(["show", "2026-0001"]).stdout.contains("(assignee – → anna)"))

        let mine = try dsr.run(["list", "--assigned", "anna", "--format", "json"])
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(mine.stdout.contains("2026-0001") && !mine.stdout.contains("2026-0002"))
        #expect(mine.stdout.contains(#""assignee" : "anna""#))
        let unassigned = try dsr.run(["list", "--unassigned", "--format", "csv"])
        #expect(unassigned.stdout.contains("2026-0002") && !unassigned.stdout.contains("2026-0001"))
        #expect(try dsr.run(["list", "--assigned", "anna", "--unassigned"]).status == 64)

        // An unknown user is "not found" (66), a disabled one a refused rule (1); neither echoes the name
        let unknown = try dsr.run(["case", "set", "2026-0001", "--assignee", "nobody"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("no user has that name"))
        #expect(!unknown.stderr.contains("nobody"))
        let disabled = try dsr.run(["case", "set", "2026-0001", "--assignee", "ville"])
        #expect(disabled.status == 1)
        #expect(disabled.stderr.contains("disabled"))
        #expect(try dsr.run(["case", "set", "2026-0001", "--assignee", "Anna V"]).status == 65)
        #expect(try dsr.run(["case", "set", "2026-0001", "--assignee", "anna", "--no-assignee"]).status == 64)

        let cleared = try dsr.run(["case", "set", "2026-0001", "--no-assignee"])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        #expect(!(try dsr.run(["show", "2026-0001"]).stdout.contains("Assigned:")))
        #expect(
            try dsr.run(["list", "--assigned", "anna", "--format", "csv"]).stdout.split(separator: "\n").count == 1)
        #expect(try dsr.run(["audit", "verify"]).status == 0)
    }
}
