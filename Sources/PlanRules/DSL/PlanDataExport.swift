// Rule-file code (check kinds, loaders) uses YAMLValue and RuleFileIssue from PlanData;
// re-exported so `import PlanRules` keeps seeing them.
@_exported import PlanData
