# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the project differs from what clang-format makes of it.
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "clang-format not found: install it (apt-get install clang-format) to check formatting")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --version OUTPUT_VARIABLE version)
if(NOT version MATCHES "version 14\\.")
  string(STRIP "${version}" version)
  message(FATAL_ERROR "clang-format 14 (Debian 12's, package clang-format-14) checks the format; "
                      "${CLANG_FORMAT} is: ${version}")
endif()
file(GLOB_RECURSE files
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
  ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
  ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(bad "")
foreach(f ${files})
  execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run -Werror ${f}
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    list(APPEND bad ${rel})
  endif()
endforeach()
list(LENGTH files n)
if(bad)
  string(REPLACE ";" "\n  " bad_lines "${bad}")
  message(FATAL_ERROR "Not formatted (run clang-format -i on them):\n  ${bad_lines}")
endif()
message(STATUS "${n} files formatted")
