#pragma once

#include <QObject>

class QTableView;

namespace warden {

/// Keeps every column of a table readable without scrolling sideways: the table asks for the
/// width its columns' contents and headers need (up to what a 1024-pixel screen leaves), so the
/// window around it grows instead of cutting a column; asked again when the rows change.
class ColumnsFit : public QObject
{
    Q_OBJECT

public:
    /// The most a table asks for: a 1024-pixel screen less the window's frame and margins.
    static constexpr int kMostWidth = 960;

    /// Attaches to `view` (its child; it follows the view's model as it is set).
    static void apply(QTableView* view);

private:
    explicit ColumnsFit(QTableView* view);
    void fit();

    QTableView* m_view;
};

} // namespace warden
