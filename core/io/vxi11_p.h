// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The VXI-11 core channel (VXIbus Consortium, "VMEbus Extensions for Instrumentation: TCP/IP
// Instrument Protocol Specification" VXI-11 rev. 1.0, section B.6 and the RPCL of appendix C):
// program and procedure numbers, flags, read reasons and error codes. Shared by
// Vxi11Transport and the simulator's server.
namespace ld::detail::vxi11 {

constexpr quint32 kCoreProgram = 0x0607AF;
constexpr quint32 kCoreVersion = 1;

enum Procedure : quint32 {
    CreateLink = 10,
    DeviceWrite = 11,
    DeviceRead = 12,
    DeviceReadStb = 13,
    DeviceTrigger = 14,
    DeviceClear = 15,
    DeviceRemote = 16,
    DeviceLocal = 17,
    DeviceLock = 18,
    DeviceUnlock = 19,
    DestroyLink = 23
};

/** Device_Flags bits. */
enum Flag : quint32 { WaitLock = 1, End = 8, TermCharSet = 128 };

/** Device_ReadResp reason bits. */
enum Reason : quint32 { RequestCount = 1, TermChar = 2, EndIndicator = 4 };

/** Device_ErrorCode values. */
enum Error : quint32 {
    NoError = 0,
    SyntaxError = 1,
    DeviceNotAccessible = 3,
    InvalidLinkIdentifier = 4,
    ParameterError = 5,
    ChannelNotEstablished = 6,
    OperationNotSupported = 8,
    OutOfResources = 9,
    DeviceLockedByAnotherLink = 11,
    NoLockHeldByThisLink = 12,
    IoTimeout = 15,
    IoError = 17,
    InvalidAddress = 21,
    Abort = 23,
    ChannelAlreadyEstablished = 29
};

} // namespace ld::detail::vxi11
