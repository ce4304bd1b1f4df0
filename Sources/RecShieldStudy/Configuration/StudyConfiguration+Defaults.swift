extension StudyConfiguration {
    /// A complete configuration file with every key at its default and a comment saying what
    /// it does and what it accepts; lines starting with `#` show optional entries. It decodes
    /// to `StudyConfiguration()`. `recshield study defaults` prints it.
    public static let defaultsYAML = """
        # RecShield robustness study — every key at its default.
        # Keys are snake_case; an unknown or misspelt key is an error, never ignored.

        experiment:
          name: study                # label for reports
          seeds: [1, 2, 3]           # every cell runs once per seed; intervals and tests are over seeds
          output_dir: recshield-study  # run directory (relative to the current directory)
          threads: 1                 # worker threads inside one cell

        dataset:
          # Give either `path` (with `format`) or `synthetic`; with neither, default synthetic data.
          # path: ../shared/data/ml-latest-small   # file or folder, relative to this file
          # format: auto             # auto | movielens-100k | movielens-1m | movielens-csv | recbole | delimited
          synthetic:
            users: 1000
            items: 1500
            interactions: 50000      # between users × min_user_interactions and users × items
            factors: 8               # latent dimension of the ground truth
            genres: 18
            popularity_exponent: 1.0 # Zipf exponent of item popularity, in [0, 10]
            drift_rate: 0.5          # share of taste replaced over the time span, in [0, 1]
            rating_scale: 0.5-5      # 0.5-5 | 1-5
            rating_noise: 0.5        # standard deviation of rating noise
            min_user_interactions: 5
            seed: 42                 # the data's own seed, fixed across experiment seeds
          # implicit_threshold: 4.0  # keep ratings ≥ 4 as implicit feedback (default: keep ratings)
          filters:
            min_user_interactions: 0 # drop users with fewer interactions (0 = off)
            min_item_interactions: 0 # drop items with fewer interactions (0 = off)
            k_core: 0                # iterate until every user and item has ≥ k (0 = off)
          # features: item_features.csv  # item features for vbpr and feature attacks

        split:
          strategy: leave-one-out    # random | leave-one-out | temporal | kfold
          validation: false          # leave-one-out: also hold out a validation interaction
          # random:   test_ratio: 0.2, validation_ratio: 0.0
          # temporal: test_fraction: 0.2, validation_fraction: 0.0
          # kfold:    folds: 5, fold: 0

        models:                      # kinds: mf | bpr | neumf | vbpr | itemknn | userknn | pop | random
          - name: bpr
            kind: bpr
            patience: 0              # early stopping after this many epochs without improvement (0 = off)
            # factors, epochs, learning_rate, regularization: default to the model's own
            # neumf also: batch_size, negatives, hidden_layers; itemknn/userknn: neighbours, similarity
            # itemknn also: neighbor_lists (scored-item | rated-items, default scored-item)

        attacks: []                  # none: clean evaluation only. Example entries:
          # - name: bandwagon
          #   kind: bandwagon        # random | average | bandwagon | segment | reverse-bandwagon | love-hate
          #                          # | gan | gradient | fgsm | pgd | noise
          #   fake_user_fraction: 0.03   # or fake_user_count: 50
          #   filler_fraction: 0.02      # or filler_count: 30 (gan: default real users' lengths)
          #   selected_count: 10         # bandwagon, segment, reverse-bandwagon
          #   targets: {pool: unpopular, count: 5}   # pool: unpopular | popular | random; or target_ids: ["42"]
          #   goal: push                 # push | nuke
          # - name: fgsm
          #   kind: fgsm
          #   epsilons: [0.1, 0.5, 1.0]  # default: evaluation.perturbation_epsilons
          #   perturb: embeddings        # embeddings | features

        defenses: []                 # none: every cell undefended. Example entries:
          # - kind: none
          # - kind: apr                # also amr
          #   epsilon: 0.5
          #   adversarial_weight: 1.0
          # - kind: sanitize
          #   detector: pca            # a name from detectors
          # other kinds: gan-augment (mix_ratio: 0.1), tce and rce (drop_rate: 0.2)

        detectors: []                # Example entry:
          # - kind: pca                # pca | robust | supervised | mlp | discriminator
          #   top_n: 50                # or threshold: 0.9; default: as many as the attack injected

        evaluation:
          metrics: [hr, ndcg]        # hr | ndcg | precision | recall | map | mrr | auc | rmse | mae
          cutoffs: [10, 20]
          sampled_negatives: 0       # 0 = rank against the whole catalogue
          target_cutoffs: [10, 20]   # K of the target hit ratio
          perturbation_epsilons: [0.1, 0.5, 1.0]

        sweep: {}                    # grid over entry parameters, e.g.
          # models.bpr.factors: [32, 64]
          # attacks.bandwagon.fake_user_fraction: [0.01, 0.03]

        """
}
