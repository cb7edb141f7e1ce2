# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed man pages are the ones in packaging/man, format without a groff warning, and
# describe every command and every long option the installed binaries print in their --help.
include(${CMAKE_CURRENT_LIST_DIR}/packagingcommon.cmake)
set(problems)
set(bin ${ROOT}/usr/bin)

# Long option names (without the dashes) in a --help text.
function(help_options out)
  execute_process(COMMAND ${ARGN} TIMEOUT 30 RESULT_VARIABLE rc OUTPUT_VARIABLE text
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "'${ARGN}' exited with ${rc}: ${err}")
  endif()
  string(REGEX MATCHALL "--[a-z][a-z-]*[a-z]" found "${text}")
  string(REPLACE "--" "" found "${found}")
  list(REMOVE_DUPLICATES found)
  set(${out} ${found} PARENT_SCOPE)
  set(${out}_text "${text}" PARENT_SCOPE)
endfunction()

find_program(groff groff)
find_program(gzip gzip REQUIRED)
foreach(page labdispatch labsim)
  set(source ${SOURCE_DIR}/packaging/man/${page}.1)
  execute_process(COMMAND ${gzip} -dc ${ROOT}/usr/share/man/man1/${page}.1.gz
                  RESULT_VARIABLE rc OUTPUT_VARIABLE installed)
  file(READ ${source} text)
  if(NOT rc EQUAL 0 OR NOT installed STREQUAL text)
    list(APPEND problems "${page}.1.gz does not unpack to packaging/man/${page}.1")
  endif()
  if(groff)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8
                            ${groff} -man -ww -z -Tutf8 ${source}
                    TIMEOUT 30 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
      list(APPEND problems "groff on ${page}.1: ${out}${err}")
    endif()
  else()
    message(STATUS "groff not installed: the pages' formatting is not checked")
  endif()
  string(REPLACE "\\-" "-" plain_${page} "${text}")
endforeach()

function(expect_options page where)
  if(NOT ARGN)
    list(APPEND problems "no options found for ${where}")
  endif()
  foreach(opt IN LISTS ARGN)
    if(NOT plain_${page} MATCHES "--${opt}([^a-z-]|$)")
      list(APPEND problems "${page}.1 does not describe ${where} --${opt}")
    endif()
  endforeach()
  set(problems ${problems} PARENT_SCOPE)
endfunction()

# Every command the usage lists has its own section with each of its options.
help_options(top ${bin}/labdispatch --help)
string(REGEX MATCHALL "\n  [a-z]+ " commands "${top_text}")
string(REGEX REPLACE "[\n ]" "" commands "${commands}")
if(NOT commands)
  list(APPEND problems "labdispatch --help lists no commands")
endif()
foreach(command IN LISTS commands)
  if(NOT plain_labdispatch MATCHES "\n\\.SS ${command}\n")
    list(APPEND problems "labdispatch.1 has no section for the command '${command}'")
  endif()
  help_options(opts ${bin}/labdispatch ${command} --help)
  # QCommandLineParser::addHelpOption() lists --help-all, but the commands only act on --help.
  list(REMOVE_ITEM opts help-all)
  expect_options(labdispatch "'${command}'" ${opts})
endforeach()
expect_options(labdispatch "labdispatch" ${top})

if(GUI)
  # The window's own options: -platform goes to Qt, --help to the window's parser.
  help_options(window ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
               ${bin}/labdispatch -platform offscreen --help)
  expect_options(labdispatch "the window's" ${window})
endif()

help_options(sim ${bin}/labsim --help)
list(REMOVE_ITEM sim help-all) # as for the commands: listed, not acted on
expect_options(labsim "labsim" ${sim})

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "man pages:\n  ${text}")
endif()
list(LENGTH commands n)
message(STATUS "man pages describe ${n} commands and their options")
