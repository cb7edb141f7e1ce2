// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Happens-before edges that ThreadSanitizer cannot see by itself. Qt 6 from Debian is not built
// with TSan, so the locks behind Qt's event queue, a BlockingQueuedConnection's QSemaphore and
// QThread::wait() are invisible to it: data handed from one thread to another through them looks
// like a race. LD_TSAN_RELEASE(addr) on the sending side before the hand-off and
// LD_TSAN_ACQUIRE(addr) on the receiving side after it tell TSan about the edge that Qt provides.
// In every other build they compile to nothing. Use them only where Qt really synchronises.

#if defined(__SANITIZE_THREAD__)
#define LD_TSAN_ENABLED 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define LD_TSAN_ENABLED 1
#endif
#endif

#ifdef LD_TSAN_ENABLED
#include <sanitizer/tsan_interface.h>
#define LD_TSAN_RELEASE(addr)                                                                      \
    __tsan_release(const_cast<void *>(static_cast<const volatile void *>(addr)))
#define LD_TSAN_ACQUIRE(addr)                                                                      \
    __tsan_acquire(const_cast<void *>(static_cast<const volatile void *>(addr)))
#else
#define LD_TSAN_RELEASE(addr) static_cast<void>(addr)
#define LD_TSAN_ACQUIRE(addr) static_cast<void>(addr)
#endif
