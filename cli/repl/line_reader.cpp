#include "cli/repl/line_reader.hpp"

#include <histedit.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <unistd.h>
#include <utf8proc.h>

namespace fg::cli::repl {

namespace {
LineReader* g_active = nullptr;  // libedit callbacks carry no user pointer of ours

const char* prompt_fn(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<std::string*>(data)->c_str();
}

extern "C" void on_sigint_during_input(int) {}  // interrupts read(2) so el_gets returns

// libedit's own reader tries read(2) once more after EINTR, so a Ctrl-C would leave el_gets waiting
// for a key: this one gives up at once (and decodes UTF-8, as the built-in one does in a UTF-8 locale).
extern "C" int read_char_interruptible(EditLine* el, wchar_t* out) {
  FILE* in = nullptr;
  el_get(el, EL_GETFP, 0, &in);
  const int fd = in ? fileno(in) : 0;
  auto one = [fd](unsigned char* b) {
    ssize_t n = ::read(fd, b, 1);
    return n == 1 ? 1 : n == 0 ? 0 : -1;  // -1 with EINTR: interrupted
  };
  unsigned char b[4] = {0, 0, 0, 0};
  *out = 0;
  if (int r = one(b); r != 1) return r;
  // the sequence's length from its lead byte; a byte that leads none is a character of its own
  const int len = std::max<int>(1, utf8proc_utf8class[b[0]]);
  for (int i = 1; i < len; ++i)
    if (int r = one(b + i); r != 1) return r;
  utf8proc_int32_t cp = 0;
  if (utf8proc_iterate(b, len, &cp) != len) cp = b[0];  // (not UTF-8: the byte as it came)
  *out = static_cast<wchar_t>(cp);
  return 1;
}
}  // namespace

std::string common_prefix(const std::vector<std::string>& options) {
  if (options.empty()) return {};
  std::string prefix = options.front();
  for (const auto& o : options) {
    std::size_t n = 0;
    while (n < prefix.size() && n < o.size() && prefix[n] == o[n]) ++n;
    prefix.resize(n);
  }
  // never cut a UTF-8 sequence in half
  while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0x80) prefix.pop_back();
  if (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0xC0) prefix.pop_back();
  return prefix;
}

LineReader::LineReader(bool interactive, std::string history_path)
    : interactive_(interactive), history_path_(std::move(history_path)) {
  if (!interactive_) return;
  // libedit hands back the typed line through the C library's multibyte conversion: with the
  // default "C" locale every non-ASCII character ("Škoda", "«") was dropped. factgraph reads and
  // writes UTF-8 whatever the user's locale says.
  if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "");
  el_ = el_init("factgraph", stdin, stdout, stderr);
  hist_ = history_init();
  HistEvent ev;
  history(hist_, &ev, H_SETSIZE, 2000);
  history(hist_, &ev, H_SETUNIQUE, 1);
  if (!history_path_.empty()) history(hist_, &ev, H_LOAD, history_path_.c_str());
  el_set(el_, EL_EDITOR, "emacs");
  el_set(el_, EL_GETCFN, read_char_interruptible);
  el_set(el_, EL_HIST, history, hist_);
  el_set(el_, EL_CLIENTDATA, &prompt_);
  el_set(el_, EL_PROMPT, prompt_fn);
  el_set(el_, EL_ADDFN, "fg-complete", "Complete a keyword, label, type, property or name", complete_trampoline);
  el_set(el_, EL_BIND, "^I", "fg-complete", nullptr);
  el_source(el_, nullptr);  // the user's ~/.editrc, if any
}

LineReader::~LineReader() {
  if (hist_) {
    HistEvent ev;
    if (!history_path_.empty()) history(hist_, &ev, H_SAVE, history_path_.c_str());
    history_end(hist_);
  }
  if (el_) el_end(el_);
}

void LineReader::add_history(const std::string& entry) {
  if (!hist_ || entry.empty()) return;
  HistEvent ev;
  history(hist_, &ev, H_ENTER, entry.c_str());
  if (!history_path_.empty()) history(hist_, &ev, H_SAVE, history_path_.c_str());
}

LineReader::Result LineReader::read(const std::string& prompt) {
  if (!interactive_) {
    std::string line;
    if (!std::getline(std::cin, line)) return {Status::EndOfInput, {}};
    return {Status::Line, line};
  }
  prompt_ = prompt;
  // SIGINT while typing abandons the line: a handler without SA_RESTART makes read(2) fail
  // with EINTR, and el_gets returns.
  struct sigaction sa {}, old {};
  sa.sa_handler = on_sigint_during_input;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old);
  if (interrupt_flag_ && interrupt_flag_->exchange(false)) {  // Ctrl-C arrived before we got here
    sigaction(SIGINT, &old, nullptr);
    return {Status::Interrupted, {}};
  }
  g_active = this;
  int count = 0;
  errno = 0;
  const char* line = el_gets(el_, &count);
  int err = errno;
  g_active = nullptr;
  sigaction(SIGINT, &old, nullptr);
  if (!line || count < 0) {
    if (err == EINTR || count < 0) {
      el_reset(el_);
      return {Status::Interrupted, {}};
    }
    return {Status::EndOfInput, {}};
  }
  std::string text(line, static_cast<std::size_t>(count));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return {Status::Line, text};
}

unsigned char LineReader::complete_trampoline(EditLine* el, int) {
  return g_active ? g_active->complete(el) : CC_ERROR;
}

unsigned char LineReader::complete(EditLine* el) {
  if (!completer_) return CC_ERROR;
  const LineInfo* li = el_line(el);
  std::string before(li->buffer, static_cast<std::size_t>(li->cursor - li->buffer));
  auto c = completer_(before);
  if (c.options.empty()) return CC_ERROR;
  auto prefix = c.options.size() == 1 ? c.options.front() : common_prefix(c.options);
  std::string typed = before.substr(before.size() - std::min(c.replace, before.size()));
  if (prefix.size() > typed.size() || (c.options.size() == 1 && prefix != typed)) {
    el_deletestr(el, static_cast<int>(c.replace));
    el_insertstr(el, prefix.c_str());
    return CC_REFRESH;
  }
  // Nothing more to insert: list the options under the line.
  std::fputc('\n', stdout);
  std::size_t shown = 0;
  for (const auto& o : c.options) {
    if (++shown > 60) {
      std::printf("... (%zu more)\n", c.options.size() - 60);
      break;
    }
    std::printf("%s\n", o.c_str());
  }
  std::fflush(stdout);
  return CC_REDISPLAY;
}

}  // namespace fg::cli::repl
