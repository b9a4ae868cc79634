// The extension's commands, as package.json contributes them (test/package/manifest.test.ts keeps the
// two equal), and the link a diagnostic's code carries to its rule's documentation.

export const COMMANDS = {
  showRuleDocumentation: 'wskLint.showRuleDocumentation',
  analyzeWorkspace: 'wskLint.analyzeWorkspace',
  restart: 'wskLint.restartServer',
  showOutput: 'wskLint.showOutput',
} as const;

/**
 * Given to the server as `ruleDocumentationUri`: it puts a finding's rule ID in for `{rule}`, and VS Code
 * runs the command with that ID as its argument when the code is clicked (in the hover and the Problems
 * panel).
 */
export const RULE_DOCUMENTATION_URI = `command:${COMMANDS.showRuleDocumentation}?%5B%22{rule}%22%5D`;
