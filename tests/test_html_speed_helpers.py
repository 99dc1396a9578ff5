"""HTML pages read by a parser target: the lines a reader sees, without a tree."""
from analysis.html import _local, html_to_text


def test_blocks_and_breaks_end_lines_and_cells_share_a_row():
    markup = "<html><body><div>借呗<b>逾期</b>会怎样<br>第二行</div><table><tr><td>1楼</td><td>小王</td></tr></table></body></html>"
    assert html_to_text(markup) == "借呗逾期会怎样\n第二行\n1楼 小王\n"


def test_title_is_first_line_only_without_h1():
    head = "<html><head><title> 借呗 逾期 </title></head><body>"
    assert html_to_text(head + "<p>正文</p></body></html>") == "借呗 逾期\n正文\n"
    assert html_to_text(head + "<h1>标题</h1><p>正文</p></body></html>") == "标题\n正文\n"


def test_scripts_svg_comments_and_ruby_annotations_are_not_text():
    markup = (
        "<body><script>var a = 1;</script><svg><title>图标</title></svg>"
        "<p>借<!-- 注释 -->呗<ruby>漢<rt>han</rt><rp>(</rp></ruby></p><noscript>开启脚本</noscript></body>"
    )
    assert html_to_text(markup) == "借呗漢\n"


def test_only_the_body_counts_and_a_byte_order_mark_is_dropped():
    # Text after </body> is outside the body the parser reported.
    assert html_to_text("\ufeff<body><p>x</p></body><body><p>z</p></body>") == "x\n"
    assert html_to_text("<html><head><title>只有标题</title></head></html>") == "只有标题\n"


def test_local_name_drops_a_namespace():
    assert _local("{http://www.w3.org/2000/svg}title") == "title"
    assert _local("o:p") == "o:p"


def test_pages_read_one_after_another_share_nothing_but_the_parser():
    assert html_to_text("<html><head><title>甲</title></head><body><h2>x</h2><table><tr><td>a") == "甲\n## x\na\n"   # a subheading is written as Markdown writes it
    # Nothing of the unfinished page above (title, open cells) reaches the next one.
    assert html_to_text("<p>乙</p>") == "乙\n"


def test_pages_read_in_threads_get_their_own_parser():
    from concurrent.futures import ThreadPoolExecutor

    pages = [f"<html><head><title>T{n}</title></head><body><p>第{n}页</p></body></html>" for n in range(40)]
    with ThreadPoolExecutor(4) as pool:
        texts = list(pool.map(html_to_text, pages))
    assert texts == [f"T{n}\n第{n}页\n" for n in range(40)]
