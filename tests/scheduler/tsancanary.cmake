# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tsan_canary with the project's TSan suppressions and passes only if TSan reports both
# of its deliberate races inside the lambdas (cmake -DCANARY=... -DSUPPRESSIONS=... -P ...).
set(ENV{TSAN_OPTIONS} "halt_on_error=0 exitcode=0 suppressions=${SUPPRESSIONS}")
execute_process(COMMAND ${CANARY} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(REGEX MATCHALL "WARNING: ThreadSanitizer: data race" races "${err}")
list(LENGTH races count)
# Each report names the lambda that wrote the int: its call operator in tsan_canary.cpp.
string(REGEX MATCHALL "operator\\(\\)[^\n]*tsan_canary.cpp" lambdaFrames "${err}")
list(LENGTH lambdaFrames lambdaCount)
if(NOT rc EQUAL 0 OR count LESS 2 OR lambdaCount LESS 2)
  message(FATAL_ERROR "tsan_canary: expected TSan to report both racy lambdas (exit ${rc}, "
                      "${count} race reports, ${lambdaCount} lambda frames); tests/tsan.supp "
                      "hides races in our lambdas again.\n${out}\n${err}")
endif()
message(STATUS "tsan_canary: TSan reported ${count} races in the canary's lambdas, as it must")
