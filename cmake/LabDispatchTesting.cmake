# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# What every TSan run of ours uses (the suites, the canary, .ci/run).
set(LABDISPATCH_TSAN_OPTIONS "second_deadlock_stack=1 die_after_fork=0 ignore_noninstrumented_modules=1 suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp")

# labdispatch_add_test(tst_name SOURCES a.cpp... LIBS lib... [GUI] [LABELS l...] [TIMEOUT s])
# One Qt Test executable, one ctest, linked with the shared fixtures (tests/support). GUI suites
# run on the offscreen platform.
function(labdispatch_add_test name)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  qt_add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
  target_link_libraries(${name} PRIVATE Qt6::Test labdispatch_testsupport ${ARG_LIBS})
  labdispatch_warnings(${name})
  set(_args)
  if(ARG_GUI)
    set(_args -platform offscreen)
  endif()
  add_test(NAME ${name} COMMAND ${name} ${_args})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  # The app and its tools speak the language of LANGUAGE/LC_ALL/LANG: suites see English and C
  # numbers whatever the developer's locale is (a suite that wants another sets it itself).
  set(_env "QT_QPA_PLATFORM=offscreen;LABDISPATCH_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
           "LC_ALL=C.UTF-8" "LANGUAGE=")
  if(LABDISPATCH_SANITIZER STREQUAL "thread")
    # die_after_fork=0: suites that start a child (Python, mosquitto, the app) fork, and the
    # child execs at once; TSan would otherwise refuse any thread after that fork.
    # ignore_noninstrumented_modules=1: libc calls made by Qt and glib themselves (not built
    # with TSan) are not checked; see tests/tsan.supp.
    list(APPEND _env "TSAN_OPTIONS=${LABDISPATCH_TSAN_OPTIONS} halt_on_error=1")
  elseif(LABDISPATCH_SANITIZER STREQUAL "address")
    list(APPEND _env "ASAN_OPTIONS=detect_leaks=1 abort_on_error=1" "UBSAN_OPTIONS=print_stacktrace=1 halt_on_error=1"
         "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}" ENVIRONMENT "${_env}")
endfunction()
