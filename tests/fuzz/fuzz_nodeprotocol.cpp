// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the node protocol's messages as they arrive from the broker: every payload
// decoder, and the input as a topic. What decodes encodes again and decodes to the same job.
#include "fuzzsupport.h"

#include "node/nodeprotocol.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ld::NodeProtocol;
    const QByteArray payload = ld::fuzz::bytes(data, size);
    QString error;

    if (const auto request = NodeProtocol::decodeRequest(payload, &error)) {
        const auto again =
            NodeProtocol::decodeRequest(NodeProtocol::encodeRequest(*request), &error);
        ld::fuzz::check(
            again && again->jobId == request->jobId && again->instrument == request->instrument &&
                again->operation == request->operation && again->priority == request->priority &&
                again->command.has_value() == request->command.has_value() &&
                (!request->command ||
                 (again->command->text == request->command->text &&
                  again->command->reply == request->command->reply &&
                  again->command->blockFormat == request->command->blockFormat &&
                  again->command->unit == request->command->unit &&
                  again->command->quantity == request->command->quantity)),
            "a decoded request encodes to the same request");
    } else {
        ld::fuzz::check(!error.isEmpty(), "a refused request says why");
    }
    error.clear();
    if (const auto response = NodeProtocol::decodeResponse(payload, &error)) {
        const auto again =
            NodeProtocol::decodeResponse(NodeProtocol::encodeResponse(*response), &error);
        ld::fuzz::check(again && again->jobId == response->jobId &&
                            again->status == response->status &&
                            again->failure == response->failure &&
                            again->reading.isNull() == response->reading.isNull(),
                        "a decoded response encodes to the same response");
    } else {
        ld::fuzz::check(!error.isEmpty(), "a refused response says why");
    }
    error.clear();
    if (const auto id = NodeProtocol::decodeCancel(payload, &error))
        ld::fuzz::check(NodeProtocol::decodeCancel(NodeProtocol::encodeCancel(*id), &error) == id,
                        "a decoded cancel encodes to the same cancel");

    const QString text = QString::fromUtf8(payload);
    const NodeProtocol::TopicInfo topic = NodeProtocol::parseTopic(text);
    if (!topic.kind.isEmpty())
        ld::fuzz::check(NodeProtocol::isValidNodeName(topic.node), "a topic's node is valid");
    ld::fuzz::check(NodeProtocol::unlevel(NodeProtocol::level(text)) == text,
                    "an instrument name survives being a topic level");
    NodeProtocol::unlevel(text);
    return 0;
}
