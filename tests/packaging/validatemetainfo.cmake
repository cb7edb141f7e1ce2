# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed AppStream metainfo passes `appstreamcli validate` (offline: no URL is fetched).
include(${CMAKE_CURRENT_LIST_DIR}/packagingcommon.cmake)
find_tool_or_skip(validator appstreamcli appstream)
if(NOT validator)
  return()
endif()
installed_app_id(id)
set(file ${ROOT}/usr/share/metainfo/${id}.metainfo.xml)
execute_process(COMMAND ${validator} validate --no-net --no-color ${file} TIMEOUT 60
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate ${file}: exit ${rc}\n${out}${err}")
endif()
message(STATUS "appstreamcli validate: ${out}")
