# SPDX-FileCopyrightText: 2026 LabDispatch contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and sanitizers for the project's own targets (never for Qt or QCustomPlot headers,
# which come in as system includes).

# A fuzzing build (tests/fuzz) is an ASan+UBSan build whose code also carries libFuzzer's
# coverage instrumentation; only the fuzz targets link libFuzzer itself (-fsanitize=fuzzer).
if(LABDISPATCH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LABDISPATCH_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  if(NOT LABDISPATCH_SANITIZER STREQUAL "" AND NOT LABDISPATCH_SANITIZER STREQUAL "address")
    message(FATAL_ERROR "LABDISPATCH_FUZZ runs under ASan+UBSan; LABDISPATCH_SANITIZER cannot be '${LABDISPATCH_SANITIZER}'")
  endif()
  set(LABDISPATCH_SANITIZER address)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(LABDISPATCH_SANITIZER STREQUAL "address")
  # float-cast-overflow: GCC leaves it out of "undefined" (clang does not); a double from a file
  # converted to an integer before its range is checked is exactly what fuzzing found.
  add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined,float-cast-overflow)
  add_link_options(-fsanitize=address,undefined,float-cast-overflow)
elseif(LABDISPATCH_SANITIZER STREQUAL "thread")
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
elseif(NOT LABDISPATCH_SANITIZER STREQUAL "")
  message(FATAL_ERROR "LABDISPATCH_SANITIZER must be empty, 'address' or 'thread', not '${LABDISPATCH_SANITIZER}'")
endif()

# Applies the project's warning policy to a target: strict, and errors in our own code.
# Not -Wnull-dereference: GCC 12 reports it inside inlined Qt container code (qhash.h) in
# optimised and sanitizer builds, where no null pointer exists.
function(labdispatch_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Werror)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
endfunction()

# Fails the configure step if `target` links Qt Gui or Qt Widgets, directly or through any
# library it links: core must stay usable in headless tools and services.
function(labdispatch_forbid_gui target)
  set(_seen "")
  set(_todo ${target})
  while(_todo)
    list(POP_FRONT _todo _t)
    if(_t IN_LIST _seen OR NOT TARGET ${_t})
      continue()
    endif()
    list(APPEND _seen ${_t})
    get_target_property(_aliased ${_t} ALIASED_TARGET)
    if(_aliased)
      list(APPEND _todo ${_aliased})
    endif()
    foreach(_prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
      get_target_property(_libs ${_t} ${_prop})
      if(_libs)
        foreach(_lib ${_libs})
          string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" _lib "${_lib}")
          if(_lib MATCHES "^Qt6?::(Gui|Widgets|PrintSupport|OpenGL|OpenGLWidgets)$")
            message(FATAL_ERROR "${target} must not link Qt Gui or Widgets, but links ${_lib} (through ${_t})")
          endif()
          list(APPEND _todo ${_lib})
        endforeach()
      endif()
    endforeach()
  endwhile()
endfunction()
