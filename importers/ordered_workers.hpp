#pragma once
// A fixed set of worker threads that process jobs handed to them in order and give them back in
// the same order: parallel work, sequential consumption (the parallel import's parse/extract on
// workers, merge on the owner's thread). Jobs are owned by the caller; the pool holds pointers.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace fg::importers {

template <typename Job>
class OrderedWorkers {
 public:
  // `work(job, worker_index)` runs on a worker thread; what it throws is kept and rethrown by
  // next_done() for that job, in order.
  OrderedWorkers(std::size_t threads, std::function<void(Job&, std::size_t)> work) : work_(std::move(work)) {
    for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this, i] { run(i); });
  }
  ~OrderedWorkers() {
    {
      std::lock_guard lock(m_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (auto& t : threads_) t.join();
  }
  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  void submit(Job* job) {
    {
      std::lock_guard lock(m_);
      order_.push_back({job, false, nullptr});
      todo_.push_back(&order_.back());
    }
    work_cv_.notify_one();
  }

  // The oldest submitted job once it is processed (nullptr when none is in flight).
  Job* next_done() {
    std::unique_lock lock(m_);
    if (order_.empty()) return nullptr;
    done_cv_.wait(lock, [&] { return order_.front().done; });
    Entry e = order_.front();
    order_.pop_front();
    lock.unlock();
    if (e.error) std::rethrow_exception(e.error);
    return e.job;
  }

  std::size_t in_flight() const {
    std::lock_guard lock(m_);
    return order_.size();
  }

 private:
  struct Entry {
    Job* job;
    bool done;
    std::exception_ptr error;
  };

  void run(std::size_t index) {
    while (true) {
      Entry* e;
      {
        std::unique_lock lock(m_);
        work_cv_.wait(lock, [&] { return stop_ || !todo_.empty(); });
        if (stop_) return;
        e = todo_.front();
        todo_.pop_front();
      }
      std::exception_ptr error;
      try {
        work_(*e->job, index);
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(m_);
        e->done = true;
        e->error = error;
      }
      done_cv_.notify_all();
    }
  }

  std::function<void(Job&, std::size_t)> work_;
  mutable std::mutex m_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Entry> order_;   // submitted, in order (deque: pointers to elements stay valid)
  std::deque<Entry*> todo_;   // not yet taken by a worker
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace fg::importers
