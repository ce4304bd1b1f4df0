// The RecShield umbrella module: `import RecShield` brings every layer.
@_exported import RecShieldCore
@_exported import RecShieldAdversarial
@_exported import RecShieldStudy
