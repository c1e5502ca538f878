package nl.maatstaf.home;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.util.Streams;

/**
 * A multipart form parsed under the limit of its path, with the container's own parser, counting
 * the bytes actually read (a chunked request announces no length). The container's multipart
 * limit is one for all paths, while the bulk exchange page accepts larger files than the rest; and
 * the container fails on a file name with a NUL byte before any controller could say so at the
 * field. Parts and fields are served from this wrapper; temporary files are deleted by
 * {@link #delete()} at the end of the request.
 */
final class BoundedMultipartRequest extends HttpServletRequestWrapper {

    /** Form fields stay in memory, files above this go to the temporary folder, as in the container. */
    private static final int IN_MEMORY_BYTES = 64 * 1024;
    /** The bulk form has a handful of fields; more parts than this is no form of ours. */
    private static final int MAX_PARTS = 50;

    private final List<Part> parts;
    private final Map<String, String[]> parameters;
    private final IOException failure;

    private BoundedMultipartRequest(
            HttpServletRequest request, List<Part> parts, Map<String, String[]> parameters, IOException failure) {
        super(request);
        this.parts = parts;
        this.parameters = parameters;
        this.failure = failure;
    }

    /** Thrown when the form passes its limit; nothing of it is kept. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    static BoundedMultipartRequest parse(HttpServletRequest request, long limit) throws TooLarge, IOException {
        File folder = (File) request.getServletContext().getAttribute(ServletContext.TEMPDIR);
        FileUpload upload = new FileUpload();
        upload.setSizeMax(limit);
        upload.setFileSizeMax(limit);
        String encoding =
                request.getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : request.getCharacterEncoding();
        upload.setHeaderEncoding(encoding);
        InputStream body = request.getInputStream();
        // Read after the body was taken: the container then adds only the query string's parameters.
        Map<String, String[]> query = request.getParameterMap();
        DiskFileItemFactory factory = new DiskFileItemFactory(IN_MEMORY_BYTES, folder);
        List<FileItem> items = new ArrayList<>();
        try {
            FileItemIterator iterator = upload.getItemIterator(new UploadContext() {
                @Override
                public long contentLength() {
                    return request.getContentLengthLong();
                }

                @Override
                public String getCharacterEncoding() {
                    return request.getCharacterEncoding();
                }

                @Override
                public String getContentType() {
                    return request.getContentType();
                }

                @Override
                public InputStream getInputStream() {
                    return body;
                }
            });
            while (iterator.hasNext()) {
                if (items.size() == MAX_PARTS) {
                    throw new FileUploadException("More than " + MAX_PARTS + " parts");
                }
                FileItemStream stream = iterator.next();
                // The name as sent: a name the container finds invalid (a NUL byte) is refused by
                // the controller with a message at the field, not here as an unreadable form.
                FileItem item = factory.createItem(
                        stream.getFieldName(),
                        stream.getContentType(),
                        stream.isFormField(),
                        upload.getFileName(stream.getHeaders()));
                items.add(item);
                item.setHeaders(stream.getHeaders());
                Streams.copy(stream.openStream(), item.getOutputStream(), true);
            }
        } catch (SizeException e) {
            delete(items);
            throw new TooLarge(e);
        } catch (IOException e) {
            delete(items);
            if (e.getCause() instanceof SizeException tooLarge) {
                throw new TooLarge(tooLarge);
            }
            // An unreadable form: Spring reports it as a bad request when it asks for the parts.
            return new BoundedMultipartRequest(request, List.of(), new LinkedHashMap<>(query), new IOException(e));
        }
        List<Part> parts = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        query.forEach((name, values) ->
                fields.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values)));
        for (FileItem item : items) {
            parts.add(new ApplicationPart(item, folder));
            if (item.isFormField()) {
                fields.computeIfAbsent(item.getFieldName(), n -> new ArrayList<>())
                        .add(item.getString(encoding));
            }
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return new BoundedMultipartRequest(request, List.copyOf(parts), parameters, null);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        if (failure != null) {
            throw failure;
        }
        return parts;
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        for (Part part : getParts()) {
            if (part.getName().equals(name)) {
                return part;
            }
        }
        return null;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    private static void delete(List<FileItem> items) {
        items.forEach(FileItem::delete);
    }

    /** Removes the temporary files of the parts. */
    void delete() {
        for (Part part : parts) {
            try {
                part.delete();
            } catch (IOException e) {
                // The container's temporary folder is cleaned on restart as well.
            }
        }
    }
}
