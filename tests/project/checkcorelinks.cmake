# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when an executable that links only core needs Qt Gui or Widgets at run time.
execute_process(COMMAND readelf -d ${BINARY} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf failed on ${BINARY}")
endif()
if(out MATCHES "libQt6(Gui|Widgets|OpenGL|PrintSupport)")
  message(FATAL_ERROR "core links ${CMAKE_MATCH_0}: core must stay free of Qt Gui and Widgets")
endif()
if(NOT out MATCHES "libQt6Core")
  message(FATAL_ERROR "unexpected: ${BINARY} does not link libQt6Core; is the check looking at the right file?")
endif()
message(STATUS "core-only binary links no Qt Gui/Widgets")
