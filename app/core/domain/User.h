#pragma once

#include <QString>
#include <QtGlobal>

namespace warden {

/// A directory user of one account. Role membership is keyed by the primary SMTP address.
struct User
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString email; ///< primary SMTP address as entered; unique case-insensitively
    QString upn;
    QString displayName;
    QString source = QStringLiteral("manual"); ///< manual, import or sync
    bool disabled = false;
};

} // namespace warden
