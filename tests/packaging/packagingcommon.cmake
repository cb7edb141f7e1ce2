# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by the packaging test scripts (cmake -P). ROOT is the DESTDIR tree with prefix /usr.

# The application id, read from the one installed .desktop file name.
function(installed_app_id out)
  file(GLOB _desktop RELATIVE ${ROOT}/usr/share/applications ${ROOT}/usr/share/applications/*)
  list(LENGTH _desktop _n)
  if(NOT _n EQUAL 1 OR NOT _desktop MATCHES "^(.+)\\.desktop$")
    message(FATAL_ERROR "expected one .desktop file in usr/share/applications, found '${_desktop}'")
  endif()
  set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
endfunction()

# Prints "SKIP: why" (ctest's SKIP_REGULAR_EXPRESSION) when `tool` is not installed.
function(find_tool_or_skip var tool package)
  find_program(_tool ${tool})
  if(NOT _tool)
    message("SKIP: ${tool} is not installed (Debian: apt-get install ${package})")
  endif()
  set(${var} ${_tool} PARENT_SCOPE)
endfunction()
