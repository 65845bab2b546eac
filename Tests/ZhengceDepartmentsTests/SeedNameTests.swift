import Testing
import ZhengceDepartments

/// Every department name written in the five seeds resolves to the right entry in its document's context.
@Suite struct SeedNameTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    @Test(arguments: SeedNameCase.sichuanCases + SeedNameCase.shanghaiCases + SeedNameCase.nationalCases)
    func resolvesSeedName(_ seed: SeedNameCase) {
        let resolution = resolver.resolve(seed.written, in: seed.context)
        #expect(resolution.status == .resolved, "\(seed.written): \(resolution.status) \(resolution.candidates)")
        #expect(resolution.department?.name == seed.canonical)
        #expect(resolution.department?.level == seed.level)
        #expect(resolution.department?.region == seed.region)
        #expect(resolution.written == seed.written)
    }
}
