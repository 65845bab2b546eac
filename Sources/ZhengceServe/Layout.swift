/// The frame every workbench page shares: head, style, navigation; self-contained (no CDN, no fonts fetched).
enum Layout {
    /// The navigation entries: path and label.
    static let sections: [(path: String, label: String)] = [
        ("/", "检索 Search"), ("/documents", "文件 Documents"), ("/lineage", "谱系 Lineage"),
        ("/departments", "部门 Departments"), ("/diff", "对照 Diff"), ("/charts", "图表 Charts"),
    ]

    /// The style sheet of every page (plain CSS, system CJK fonts).
    static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;line-height:1.6;background:#fafafa}
    header{background:#8b1a1a;color:#fff;padding:.4em 1.2em;display:flex;gap:1.2em;align-items:baseline;flex-wrap:wrap}
    header a{color:#fff;text-decoration:none} header a.on{border-bottom:2px solid #fff} header .brand{font-weight:bold;font-size:1.15em}
    main{padding:1em 1.5em;max-width:82em}
    h1{font-size:1.35em;margin:.3em 0} h2{font-size:1.1em;margin-top:1.4em;border-bottom:1px solid #ddd}
    a{color:#1a4f8b} .muted{color:#777;font-size:.9em} mark{background:#ffe066;padding:0 1px}
    form.search{display:grid;grid-template-columns:repeat(auto-fill,minmax(13em,1fr));gap:.5em 1em;background:#fff;padding:.8em;border:1px solid #ddd}
    form.search label{display:flex;flex-direction:column;font-size:.85em;color:#555} form.search .wide{grid-column:1/-1}
    input,select,button{font:inherit;padding:.25em .4em} input[name=q]{font-size:1.1em}
    ol.hits{padding-left:1.8em} ol.hits li{margin:.8em 0;background:#fff;border:1px solid #e4e4e4;padding:.5em .8em}
    .hit-title{font-weight:bold} .snippet{margin:.3em 0} .score{color:#999;font-size:.8em}
    .dept{display:inline-block;background:#eef3fa;border-radius:3px;padding:0 .35em;margin:0 .25em .2em 0;font-size:.88em}
    .dept.lead{background:#d8e6f8;font-weight:bold}
    table{border-collapse:collapse;background:#fff} th,td{border:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}
    th{background:#f2f2f2} td.num{text-align:right}
    .measure{background:#fff;border:1px solid #e4e4e4;margin:.6em 0;padding:.5em .8em} .measure:target{outline:2px solid #e0a800}
    .outline{list-style:none;padding-left:0} .outline li{margin:.1em 0}
    .src{color:#888;font-size:.8em} .tag{font-size:.8em;background:#eee;border-radius:3px;padding:0 .3em}
    .matrix td.c{text-align:center;min-width:4.5em;font-size:.85em} .matrix td.c a{color:inherit;text-decoration:none;display:block}
    .matrix th.col{writing-mode:vertical-rl;white-space:nowrap;font-weight:normal;font-size:.85em}
    .verbatim{background:#1b7837;color:#fff} .substance{background:#a6dba0} .none{background:#f4f4f4;color:#aaa}
    .key span{display:inline-block;padding:1px 8px;margin-right:6px}
    .side{display:grid;grid-template-columns:1fr 1fr;gap:1em} .side > div{background:#fff;border:1px solid #ddd;padding:.6em}
    svg text{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif}
    .error{background:#fff3f3;border:1px solid #e0b4b4;padding:.6em 1em}
    """

    /// A whole page: `title` (escaped here) and `body` (already HTML, its texts escaped by its maker).
    static func page(title: String, section: String, body: String, script: Bool = false) -> String {
        var nav = "<a class=\"brand\" href=\"/\">政策 zhengce</a>"
        for (path, label) in sections {
            nav += "<a href=\"\(path)\"\(path == section ? " class=\"on\"" : "")>\(HTML.escape(label))</a>"
        }
        return """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · zhengce</title>
        <style>\(css)</style>\(script ? "\n<script src=\"/static/search.js\" defer></script>" : "")
        </head><body>
        <header>\(nav)</header>
        <main>
        \(body)
        </main>
        </body></html>

        """
    }

    /// An error page with `status`: the message (escaped) and optional extra HTML.
    static func error(_ status: Int, title: String, message: String, extra: String = "") -> PageResponse {
        .html(page(title: title, section: "", body: "<h1>\(HTML.escape(title))</h1><p class=\"error\">\(HTML.escape(message))</p>\(extra)"),
              status: status)
    }

    /// The script that refreshes search results as one types (the form works without it).
    static let searchScript = """
    (function(){
      var form=document.querySelector('form.search'); if(!form||!window.fetch) return;
      var timer=null, last='';
      function run(){
        var query=new URLSearchParams(new FormData(form)).toString();
        if(query===last) return; last=query;
        fetch('/search?'+query).then(function(r){return r.text();}).then(function(html){
          var doc=new DOMParser().parseFromString(html,'text/html');
          var fresh=doc.getElementById('results'), old=document.getElementById('results');
          if(fresh&&old){ old.replaceWith(fresh); history.replaceState(null,'','/search?'+query); }
        });
      }
      form.addEventListener('input',function(){ clearTimeout(timer); timer=setTimeout(run,250); });
    })();

    """
}
