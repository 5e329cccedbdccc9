#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace warden {

/// One append-only audit record; `mac` chains it to the previous entry (see AuditLog).
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString accountCode;
    QString action;
    QString target;
    QString before; ///< compact JSON, or empty
    QString after; ///< compact JSON, or empty
    QString mac;
};

} // namespace warden
