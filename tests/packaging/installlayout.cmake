# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build into a scratch DESTDIR with prefix /usr and checks the layout: every file
# that must ship is there, the binaries run, the ids agree, and nothing lands elsewhere.
include(${CMAKE_CURRENT_LIST_DIR}/packagingcommon.cmake)

file(REMOVE_RECURSE ${ROOT})
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${ROOT}
                        ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()

set(problems)
macro(expect_file path)
  if(NOT EXISTS ${ROOT}/${path} OR IS_DIRECTORY ${ROOT}/${path})
    list(APPEND problems "missing: ${path}")
  endif()
endmacro()

# The binaries are there and run from where they are installed.
foreach(bin labdispatch labsim)
  expect_file(usr/bin/${bin})
  execute_process(COMMAND ${ROOT}/usr/bin/${bin} --version TIMEOUT 30
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "^${bin} ${VERSION}\n$")
    list(APPEND problems "usr/bin/${bin} --version: exit '${rc}', printed '${out}${err}'")
  endif()
endforeach()

foreach(page labdispatch labsim)
  expect_file(usr/share/man/man1/${page}.1.gz)
endforeach()
expect_file(usr/lib/udev/rules.d/60-labdispatch-usbtmc.rules)

file(GLOB docs RELATIVE ${SOURCE_DIR}/docs ${SOURCE_DIR}/docs/*.md)
foreach(doc README.md copyright ${docs})
  expect_file(usr/share/doc/labdispatch/${doc})
endforeach()

if(GUI)
  installed_app_id(id)
  expect_file(usr/share/metainfo/${id}.metainfo.xml)
  expect_file(usr/share/icons/hicolor/scalable/apps/${id}.svg)
  # One id everywhere: the desktop file name, its Icon=, the metainfo id and its launchable.
  file(STRINGS ${ROOT}/usr/share/applications/${id}.desktop icon REGEX "^Icon=")
  if(NOT icon STREQUAL "Icon=${id}")
    list(APPEND problems "${id}.desktop has '${icon}', not 'Icon=${id}'")
  endif()
  if(EXISTS ${ROOT}/usr/share/metainfo/${id}.metainfo.xml)
    file(READ ${ROOT}/usr/share/metainfo/${id}.metainfo.xml meta)
    if(NOT meta MATCHES "<id>${id}</id>")
      list(APPEND problems "the metainfo's <id> is not ${id}")
    endif()
    if(NOT meta MATCHES "<launchable type=\"desktop-id\">${id}\\.desktop</launchable>")
      list(APPEND problems "the metainfo does not launch ${id}.desktop")
    endif()
    if(NOT meta MATCHES "<release version=\"${VERSION}\"")
      list(APPEND problems "the metainfo has no release entry for ${VERSION}")
    endif()
  endif()
else()
  # A build without the window is a console tool: no menu entry that could not open one.
  if(EXISTS ${ROOT}/usr/share/applications)
    list(APPEND problems "a build without the GUI installs a .desktop file")
  endif()
endif()

# Nothing lands outside the places a package may own (no static library, no test binary).
file(GLOB_RECURSE all LIST_DIRECTORIES false RELATIVE ${ROOT} ${ROOT}/*)
set(allowed "^usr/bin/(labdispatch|labsim)$" "^usr/share/applications/[^/]+\\.desktop$"
    "^usr/share/metainfo/[^/]+\\.metainfo\\.xml$" "^usr/share/icons/hicolor/[^/]+/apps/"
    "^usr/share/man/man1/[^/]+\\.1\\.gz$" "^usr/share/doc/labdispatch/" "^usr/share/labdispatch/"
    "^usr/lib/udev/rules\\.d/60-labdispatch-[a-z]+\\.rules$")
foreach(f IN LISTS all)
  set(ok FALSE)
  foreach(pattern IN LISTS allowed)
    if(f MATCHES "${pattern}")
      set(ok TRUE)
    endif()
  endforeach()
  if(NOT ok)
    list(APPEND problems "unexpected file installed: ${f}")
  endif()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "install layout under ${ROOT}:\n  ${text}")
endif()
list(LENGTH all n)
message(STATUS "${n} files installed under ${ROOT}, layout as expected")
