import Testing
@testable import RecShieldStudy

@Suite struct StudyConfigurationTests {
    /// The error text for `yaml`, or `nil` when it decodes.
    func error(_ yaml: String) -> String? {
        do {
            _ = try StudyConfiguration(yaml: yaml, file: "study.yaml")
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func emptyFileGivesEveryDefault() throws {
        #expect(try StudyConfiguration(yaml: "", file: "study.yaml") == StudyConfiguration())
    }

    @Test func defaultsYAMLDecodesToTheDefaults() throws {
        let decoded = try StudyConfiguration(yaml: StudyConfiguration.defaultsYAML, file: "defaults.yaml")
        #expect(decoded == StudyConfiguration())
    }

    @Test func resolvedYAMLRoundTrips() throws {
        let yaml = """
            experiment: {name: demo, seeds: [4, 5]}
            models:
              - {kind: bpr, factors: 32, epochs: 3}
              - {kind: neumf, hidden_layers: [16, 8]}
            attacks:
              - {kind: bandwagon, fake_user_count: 7, filler_fraction: 0.05, selected_count: 3}
              - {kind: average, target_ids: ["1", "2"], goal: nuke}
              - {kind: fgsm, epsilons: [0.25]}
            defenses:
              - {kind: none}
              - {kind: apr, epsilon: 0.1}
              - {kind: sanitize, detector: pca}
            detectors:
              - {kind: pca, top_n: 10}
            sweep:
              models.bpr.factors: [8, 16]
            """
        let configuration = try StudyConfiguration(yaml: yaml, file: "study.yaml")
        let again = try StudyConfiguration(yaml: try configuration.resolvedYAML(), file: "resolved.yaml")
        #expect(again == configuration)
        #expect(configuration.attacks[0].fakeUsers == .count(7))
        #expect(configuration.attacks[1].targets == .ids(["1", "2"]))
        #expect(configuration.sweep.axes.first?.values == [.integer(8), .integer(16)])
    }
}

// MARK: - Errors

extension StudyConfigurationTests {
    @Test func unknownKeyNamesPathAndSuggestion() throws {
        let message = try #require(error("models:\n  - kind: bpr\n    learnig_rate: 0.1\n"))
        #expect(message.hasPrefix("study.yaml:3: models[0].learnig_rate: unknown key 'learnig_rate'; accepted: name, kind, factors"))
        #expect(message.hasSuffix("did you mean 'learning_rate'?"))
    }

    @Test func unknownTopLevelSection() throws {
        let message = try #require(error("experimnt:\n  name: x\n"))
        #expect(message.contains("unknown key 'experimnt'"))
        #expect(message.hasSuffix("did you mean 'experiment'?"))
    }

    @Test func badEnumValueListsAcceptedValues() throws {
        let message = try #require(error("models:\n  - kind: bpr\n  - kind: bprr\n"))
        #expect(message == "study.yaml:3: models[1].kind: unknown value 'bprr'; accepted: mf, bpr, neumf, vbpr, itemknn, userknn, pop, random; did you mean 'bpr'?")
    }

    @Test func wrongTypeSaysWhatWasExpected() throws {
        let message = try #require(error("experiment:\n  threads: many\n"))
        #expect(message == "study.yaml:2: experiment.threads: expected an integer, found 'many'")
        let list = try #require(error("experiment:\n  seeds: 3\n"))
        #expect(list.contains("experiment.seeds: expected a list of non-negative integers, found '3'"))
    }

    @Test func outOfRangeValue() throws {
        let message = try #require(error("experiment:\n  threads: 0\n"))
        #expect(message == "study.yaml:2: experiment.threads: invalid value 0; expected an integer ≥ 1")
    }

    @Test(arguments: [
        ("attacks:\n  - {kind: random, fake_user_fraction: 0.1, fake_user_count: 5}\n", "fake_user_fraction' or 'fake_user_count"),
        ("attacks:\n  - {kind: random, filler_fraction: 0.1, filler_count: 5}\n", "filler_fraction' or 'filler_count"),
        ("attacks:\n  - {kind: random, target_ids: ['1'], targets: {pool: popular, count: 2}}\n", "targets' or 'target_ids"),
        ("detectors:\n  - {kind: pca, top_n: 3, threshold: 0.5}\n", "top_n' or 'threshold"),
        ("dataset:\n  path: x.csv\n  synthetic: {users: 10}\n", "path' or 'synthetic"),
    ])
    func exclusiveKeysAreRejected(yaml: String, fragment: String) throws {
        let message = try #require(error(yaml))
        #expect(message.contains("give either '\(fragment)'"))
    }

    @Test func keyOfAnotherKindIsRejected() throws {
        let message = try #require(error("attacks:\n  - {kind: random, selected_count: 3}\n"))
        #expect(message.contains("attacks[0].selected_count: 'selected_count' applies to bandwagon, segment, reverse-bandwagon only, not random"))
        let split = try #require(error("split:\n  strategy: random\n  folds: 3\n"))
        #expect(split.contains("split.folds: 'folds' applies to the kfold strategy only, not random"))
    }

    @Test func duplicateNamesAndDanglingReferences() throws {
        let twice = try #require(error("models:\n  - kind: bpr\n  - kind: bpr\n"))
        #expect(twice.contains("models[1].name: the name 'bpr' is used twice"))
        let dangling = try #require(error("detectors:\n  - kind: pca\ndefenses:\n  - {kind: sanitize, detector: pac}\n"))
        #expect(dangling.contains("defenses[0].detector: unknown value 'pac'; accepted: pca; did you mean 'pca'?"))
    }

    @Test func sweepErrors() throws {
        let entry = try #require(error("sweep:\n  models.bpx.factors: [1, 2]\n"))
        #expect(entry.contains("sweep.models.bpx.factors: unknown value 'bpx'; accepted: bpr; did you mean 'bpr'?"))
        let key = try #require(error("sweep:\n  models.bpr.factor: [1, 2]\n"))
        #expect(key.contains("unknown key 'factor'"))
        #expect(key.hasSuffix("did you mean 'factors'?"))
        let value = try #require(error("sweep:\n  models.bpr.factors: [8, 0]\n"))
        #expect(value.contains("sweep.models.bpr.factors: value 0:"))
        let section = try #require(error("sweep:\n  model.bpr.factors: [8]\n"))
        #expect(section.contains("unknown value 'model'; accepted: models, attacks, defenses, detectors; did you mean 'models'?"))
    }

    @Test func syntaxErrorHasALine() throws {
        let message = try #require(error("experiment:\n  name: [unclosed\n"))
        #expect(message.hasPrefix("study.yaml:"))
        #expect(message.contains("not valid YAML"))
    }

    @Test func duplicateKeysAreRejected() throws {
        let message = try #require(error("experiment:\n  threads: 1\n  threads: 2\n"))
        #expect(message.contains("'threads' appears twice"))
    }
}
