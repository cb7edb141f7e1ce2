// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "instruments/instrumentconfig.h"
#include "results/reading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ld {

/**
 * The topics and payloads nodes and controllers exchange (docs/architecture.md, "Nodes over
 * MQTT"). Everything lives under labdispatch/v1/<node>/; payloads are UTF-8 JSON, wall times
 * are nanosecond strings (a double cannot hold them).
 */
class NodeProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ld::NodeProtocol)

public:
    static constexpr const char *kRoot = "labdispatch/v1";
    static constexpr const char *kOnline = "online";
    static constexpr const char *kOffline = "offline";

    /** A node name is one topic level: letters, digits, '-', '_', '.'; at most 64. */
    static bool isValidNodeName(const QString &name);
    /** An instrument name as one topic level: '/', '+', '#', '%' percent-encoded. */
    static QString level(const QString &name);
    static QString unlevel(const QString &level);

    static QString presenceTopic(const QString &node);
    static QString inventoryTopic(const QString &node);
    static QString stateTopic(const QString &node, const QString &instrument);
    static QString readingTopic(const QString &node, const QString &instrument,
                                const QString &quantity);
    static QString jobsTopic(const QString &node);
    /** Where a controller tells a node to drop or stop one of its jobs (QoS 1). */
    static QString cancelTopic(const QString &node);
    static QString repliesTopic(const QString &controllerId);

    /** What a topic under kRoot is about; kind is empty for foreign topics. */
    struct TopicInfo
    {
        QString node;
        QString kind; ///< "presence", "inventory", "state", "reading", "jobs", "cancel"
        QString instrument;
    };
    static TopicInfo parseTopic(const QString &topic);

    /**
     * The job request format this build writes and the newest it reads. 1: an operation of
     * the instrument's profile and its parameters. 2: also a command the controller formatted
     * (JobRequest::command). A request without "format" is format 1; a newer one is refused
     * with words saying so, never half understood.
     */
    static constexpr int kJobFormat = 2;
    /** The longest command text a request may carry (characters). */
    static constexpr int kMaxCommand = 4096;

    /**
     * A command formatted by the controller, for a plan action that is no operation of the
     * instrument's profile (a wait's `*OPC?`): the node sends it as it is and decodes the
     * reply per `reply`. One line: no control characters (a terminator in it would smuggle a
     * second command).
     */
    struct Command
    {
        QString text;
        DriverProfile::ReplyType reply = DriverProfile::ReplyType::None;
        DriverProfile::BlockFormat blockFormat = DriverProfile::BlockFormat::Bytes;
        QString unit;
        QString quantity;

        /** As an operation named `id` for the node's bench: no parameters, nothing to fill. */
        DriverProfile::Operation toOperation(const QString &id) const;
    };

    /**
     * A job for one instrument of a node, as a controller sends it: a profile operation by id
     * with its parameters (the node checks them against its profile again), or, with
     * `command`, that command (then `operation` only names it and there are no parameters).
     */
    struct JobRequest
    {
        QString jobId; ///< unique per job; a repeated id is the same job (idempotency)
        QString instrument;
        QString operation;
        QVariantMap parameters;
        int priority = 0;
        std::optional<Command> command;
    };
    static QByteArray encodeRequest(const JobRequest &request);
    static std::optional<JobRequest> decodeRequest(const QByteArray &payload, QString *error);

    /** The node's answer: the job's reading, or why there is none. */
    struct JobResponse
    {
        QString jobId;
        QString node;
        JobStatus status = JobStatus::Failed;
        QString error;
        /** Why it failed or timed out; None for a success and from nodes that predate it. */
        FailureKind failure = FailureKind::None;
        Reading reading; ///< null when the job never reached an instrument
    };
    static QByteArray encodeResponse(const JobResponse &response);
    static std::optional<JobResponse> decodeResponse(const QByteArray &payload, QString *error);

    /** A cancel: {"id": job id}. The node answers the job itself, on its reply addresses. */
    static QByteArray encodeCancel(const QString &jobId);
    static std::optional<QString> decodeCancel(const QByteArray &payload, QString *error);

    static QJsonObject readingToJson(const Reading &reading);
    static std::optional<Reading> readingFromJson(const QJsonObject &o, QString *error);
    static QByteArray encodeState(const InstrumentStatus &status);
    static std::optional<JobStatus> jobStatusFromName(const QString &name);
};

} // namespace ld
