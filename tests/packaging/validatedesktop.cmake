# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed .desktop file passes desktop-file-validate without errors or warnings.
include(${CMAKE_CURRENT_LIST_DIR}/packagingcommon.cmake)
find_tool_or_skip(validator desktop-file-validate desktop-file-utils)
if(NOT validator)
  return()
endif()
installed_app_id(id)
set(file ${ROOT}/usr/share/applications/${id}.desktop)
execute_process(COMMAND ${validator} ${file} TIMEOUT 60
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(error|warning):")
  message(FATAL_ERROR "desktop-file-validate ${file}: exit ${rc}\n${out}${err}")
endif()
message(STATUS "desktop-file-validate: ${id}.desktop is valid")
