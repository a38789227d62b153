// runner.cpp: hostile_runner OUT ERR PROGRAM [ARG...] runs PROGRAM with stdout/stderr redirected to OUT/ERR
// and prints "EXIT SECONDS PEAK_RSS_KB" (EXIT is -SIGNAL when killed). It exists because ru_maxrss of a
// child also counts the pages it inherited at fork(): the test process holds the big generated inputs, so it
// execs this small runner first and lets it fork the measured child from a fresh, small address space.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: hostile_runner OUT ERR PROGRAM [ARG...]\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int o = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o < 0 || e < 0) _exit(127);
    dup2(o, 1);
    dup2(e, 2);
    execv(argv[3], argv + 3);
    _exit(127);
  }
  int status = 0;
  struct rusage ru {};
  if (pid < 0 || wait4(pid, &status, 0, &ru) != pid) return 1;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  std::printf("%d %.6f %ld\n", code, seconds, ru.ru_maxrss);
  return 0;
}
