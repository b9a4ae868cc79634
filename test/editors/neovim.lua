-- Drives Neovim 0.7's built-in LSP client against wsk-lint's server (`node dist/server.js --stdio`), the
-- way a user's config would start it, and writes what the editor got as one JSON line to stdout
-- (headless 0.7 prints messages to stderr). neovim.mjs asserts on it. Any error quits with status 1.
--
-- Input (JSON in $WSK_EDITORS_PARAMS): server, folder, source, header (paths); fix = { line, character,
-- rule } where the quick-fix is asked for; hover = { line, character } (0-based, as LSP counts).

local params = vim.fn.json_decode(os.getenv('WSK_EDITORS_PARAMS'))
local TIMEOUT = 20000

local function fail(message)
  io.stderr:write('neovim.lua: ' .. tostring(message) .. '\n')
  vim.cmd('cquit 1')
end

-- Diagnostics as plain data: 1-based line and column like the CLI prints them, the rule code, the text.
local function diagnostics_of(buf)
  local result = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result, {
      line = d.lnum + 1,
      column = d.col + 1,
      code = d.code or lsp.code,
      source = d.source,
      severity = d.severity,
      message = d.message,
    })
  end
  table.sort(result, function(a, b) return a.line < b.line end)
  return result
end

local function has_rule(buf, rule)
  for _, d in ipairs(diagnostics_of(buf)) do
    if d.code == rule then return true end
  end
  return false
end

local function open(file, client_id, count)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  if not vim.lsp.buf_attach_client(buf, client_id) then error('could not attach the client to ' .. file) end
  -- The server may publish a file more than once while it indexes: wait for all its findings.
  if not vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) >= count end, 50) then
    error(('%s: %d diagnostics after %d ms, expected %d'):format(file, #vim.diagnostic.get(buf), TIMEOUT, count))
  end
  return buf
end

local function request(buf, method, request_params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, request_params, TIMEOUT)
  if not responses then error(method .. ': ' .. tostring(err)) end
  for _, response in pairs(responses) do
    if response.error then error(method .. ': ' .. vim.inspect(response.error)) end
    return response.result
  end
  error(method .. ': no response')
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'wsk-lint',
    cmd = { 'node', params.server, '--stdio' },
    root_dir = params.folder,
  })
  if not client_id then error('vim.lsp.start_client failed') end

  local source = open(params.source, client_id, params.sourceCount)
  local source_filetype = vim.bo[source].filetype
  local header = open(params.header, client_id, params.headerCount)
  local header_filetype = vim.bo[header].filetype
  local before = { source = diagnostics_of(source), header = diagnostics_of(header) }

  vim.api.nvim_set_current_buf(source)
  local uri = vim.uri_from_bufnr(source)
  local hover = request(source, 'textDocument/hover', { textDocument = { uri = uri }, position = params.hover })

  -- What `vim.lsp.buf.code_action()` sends: the line's diagnostics as context.
  local fix = params.fix
  local actions = request(source, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = fix.line, character = fix.character }, ['end'] = { line = fix.line, character = fix.character } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(source, fix.line) },
  }) or {}
  local preferred
  for _, action in ipairs(actions) do
    if action.isPreferred and not preferred then preferred = action end
  end
  local applied = false
  if preferred and preferred.edit then
    local client = vim.lsp.get_client_by_id(client_id)
    vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
    applied = true
    -- The edit reaches the server as didChange; wait for the finding to go.
    vim.wait(TIMEOUT, function() return not has_rule(source, fix.rule) end, 50)
  end

  local output = {
    filetypes = { source = source_filetype, header = header_filetype },
    diagnostics = before,
    hover = hover,
    actions = vim.tbl_map(function(a) return { title = a.title, kind = a.kind, isPreferred = a.isPreferred or false } end, actions),
    applied = applied,
    lineAfterFix = vim.api.nvim_buf_get_lines(source, fix.line, fix.line + 1, false)[1],
    diagnosticsAfterFix = diagnostics_of(source),
  }
  io.stdout:write('WSK_EDITORS_RESULT ' .. vim.fn.json_encode(output) .. '\n')

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

local ok, err = pcall(run)
if not ok then fail(err) end
vim.cmd('qall!')
